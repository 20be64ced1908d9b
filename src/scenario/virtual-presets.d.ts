declare module 'virtual:scenario-presets' {
  const files: import('./preset-meta').PresetFile[];
  export default files;
}
