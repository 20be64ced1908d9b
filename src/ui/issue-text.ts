/**
 * A scenario problem in the reader's language. The loader words its messages in English (the CLI
 * prints them as they are); the page shows them in French by recognising each message's pattern.
 * A message no pattern knows is shown in English rather than guessed.
 */
import type { Language } from '../scenario/text';

const THING: Record<string, string> = {
  unit: 'unité', topic: 'sujet', function: 'fonction', channel: 'canal', public: 'public', intent: 'intention', task: 'tâche',
  company: 'entreprise', organisation: 'organisation', scenario: 'scénario', characters: 'caractères',
};
const thing = (word: string) => THING[word] ?? word;
const quoted = (s: string) => s.replace(/"([^"]*)"/g, '« $1 »');

const FRENCH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unknown key "(.*)": remove it or check its spelling$/, (m) => `clé inconnue « ${m[1]} » : supprimez-la ou vérifiez son orthographe`],
  [/^is required \((.*)\)$/, (m) => `est obligatoire (${m[1]})`],
  [/^is required: add "version: (\d+)" at the top of the file$/, (m) => `est obligatoire : ajoutez « version: ${m[1]} » en haut du fichier`],
  [/^must be an? (\w+); (.*)$/, (m) => `doit être de type ${m[1]} ; ${m[2]}`],
  [/^must be one of: (.*)$/, (m) => `doit valoir l’une de ces valeurs : ${m[1]}`],
  [/^(?:role|kind) must be one of: (.*)$/, (m) => `doit valoir l’une de ces valeurs : ${m[1]}`],
  [/^needs at least (\d+) items?$/, (m) => `demande au moins ${m[1]} élément${m[1] === '1' ? '' : 's'}`],
  [/^needs at least (\d+) characters$/, (m) => `demande au moins ${m[1]} caractères`],
  [/^allows at most (\d+) (items|characters)$/, (m) => `admet au plus ${m[1]} ${thing(m[2]!)}`],
  [/^must be at least (.+)$/, (m) => `doit valoir au moins ${m[1]}`],
  [/^must be at most (.+)$/, (m) => `doit valoir au plus ${m[1]}`],
  [/^must be above (.+)$/, (m) => `doit être supérieur à ${m[1]}`],
  [/^must be below (.+)$/, (m) => `doit être inférieur à ${m[1]}`],
  [/^a probability is between 0 and 1$/, () => 'une probabilité est comprise entre 0 et 1'],
  [/^must be a whole number from (\d+) to (\d+)$/, (m) => `doit être un nombre entier de ${m[1]} à ${m[2]}`],
  [/^unknown (\w+) "(.*)"; known \w+: (.*)$/, (m) => `${thing(m[1]!)} inconnu(e) « ${m[2]} » ; connu(e)s : ${m[3]}`],
  [/^duplicate (\w+) id "(.*)": ids must be unique$/, (m) => `identifiant de ${thing(m[1]!)} en double « ${m[2]} » : chaque identifiant doit être unique`],
  [/^needs at least one (\w+) with a weight above 0$/, (m) => `demande au moins un(e) ${thing(m[1]!)} de poids supérieur à 0`],
  [/^channel "(.*)" has no entry: name the unit that watches it \(under its id, or its kind "(.*)"\), or write null if nobody does$/,
    (m) => `le canal « ${m[1]} » n’a pas d’entrée : nommez l’unité qui le suit (sous son identifiant ou son type « ${m[2]} »), ou écrivez null si personne ne le suit`],
  [/^a unit cannot refer to itself$/, () => 'une unité ne peut pas se transmettre un message à elle-même'],
  [/^not valid YAML or JSON: (.*)$/, (m) => `YAML ou JSON invalide : ${m[1]}`],
  [/^could not read the file: (.*)$/, (m) => `fichier illisible : ${m[1]}`],
  [/^the file is empty: .*$/, () => 'le fichier est vide : un fichier de scénario commence par « version: 1 » et « kind: … »'],
  [/^the file is ([\d.]+) kB; the limit is ([\d.]+) kB: split it or remove unused parts$/, (m) => `le fichier pèse ${m[1]} ko ; la limite est ${m[2]} ko : scindez-le ou retirez ce qui ne sert pas`],
  [/^the file must hold a mapping .*$/, () => 'le fichier doit contenir des clés et des valeurs, en commençant par « version: 1 »'],
  [/^the file is format version (\d+), newer than this simulator \((\d+)\): update the simulator$/,
    (m) => `le fichier est au format version ${m[1]}, plus récent que ce simulateur (${m[2]}) : mettez le simulateur à jour`],
  [/^must be a mapping describing an? (\w+)$/, (m) => `doit être un ensemble de clés décrivant une ${thing(m[1]!)}`],
  [/^must be "(\w+)" in this draft \(found (.*)\): import a (.*) file as a new draft instead$/,
    (m) => `doit valoir « ${m[1]} » dans ce brouillon (trouvé : ${m[2]}) : importez plutôt ce fichier comme nouveau brouillon`],
  [/^"(.*)" is already the id of another (\w+) \(a preset or a draft\): give this one its own, e\.g\. "(.*)"$/,
    (m) => `« ${m[1]} » est déjà l’identifiant d’une autre ${thing(m[2]!)} (fournie ou brouillon) : donnez-lui le sien, par exemple « ${m[3]} »`],
  [/^the company "(.*)" it runs on is not valid \((.*)\): fix the company first$/, (m) => `l’entreprise « ${m[1]} » sur laquelle elle tourne n’est pas valide (${m[2]}) : corrigez d’abord l’entreprise`],
  [/^the company "(.*)" it is checked against was not found: pick a company$/, (m) => `l’entreprise « ${m[1]} » introuvable : choisissez une entreprise`],
  [/^use lower-case letters, digits, "-" or "_" \(at most 64\), e\.g\. "(.*)"$/, (m) => `utilisez des minuscules, des chiffres, « - » ou « _ » (64 au plus), par ex. « ${m[1]} »`],
  [/^no (company|organisation) with id "(.*)"( was found)?$/, (m) => `aucune ${thing(m[1]!)} d’identifiant « ${m[2]} »`],
  [/^a committed referral is never forgotten: .*$/, () => 'une transmission engagée n’est jamais oubliée : mettez forgetProbability à 0 ou rendez-la optionnelle'],
];

export function issueText(message: string, language: Language): string {
  if (language === 'en') return message;
  for (const [pattern, french] of FRENCH) {
    const m = pattern.exec(message);
    if (m) return quoted(french(m)).replace(/«\s*«/g, '«').replace(/»\s*»/g, '»');
  }
  return message;
}
