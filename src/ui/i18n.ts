/**
 * Interface language (i18next + react-i18next). The store holds the chosen language; this module
 * follows it. Scenario names and descriptions are bilingual in the scenario files themselves.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useApp } from '../state/store';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { workshopWords } from './locales/workshop';

void i18next.use(initReactI18next).init({
  resources: { en: { translation: { ...en, workshop: workshopWords.en } }, fr: { translation: { ...fr, workshop: workshopWords.fr } } },
  lng: useApp.getState().language,
  fallbackLng: 'en',
  keySeparator: '/', // metric keys contain dots: t('metric/sla.attainment')
  nsSeparator: false,
  interpolation: { escapeValue: false }, // React escapes
});

document.documentElement.lang = useApp.getState().language;
useApp.subscribe((s, previous) => {
  if (s.language === previous.language) return;
  void i18next.changeLanguage(s.language);
  document.documentElement.lang = s.language;
});
