/**
 * Plain-language explanations of the figures, each naming the idea of the source texts it measures.
 * Written for this product (the texts are the domain source, not copied).
 */
import type { MetricKey } from '../../metrics/catalogue';
import type { Language } from '../../scenario/text';

/** One per catalogued figure, in both languages: a missing one does not compile. */
type Explanations = Record<MetricKey, { en: string; fr: string }>;

export const FIGURE_EXPLANATIONS: Explanations = {
  'messages.perDay': {
    en: 'Messages that arrive each day, including customers who come back after a wrong answer or try another channel after giving up. The same first contacts reach every organisation, so differences come from follow-ups.',
    fr: 'Messages arrivant chaque jour, y compris les clients qui reviennent après une mauvaise réponse ou essaient un autre canal après avoir renoncé. Les mêmes premiers contacts arrivent à chaque organisation : les écarts viennent des relances.',
  },
  'firstResponse.p50': {
    en: 'Reactive speech: half of the customers who heard back did so within this time (a call picked up, an answer, or a holding reply when the message is passed on).',
    fr: 'Parole réactive : la moitié des clients ayant eu un retour l’ont eu dans ce délai (appel décroché, réponse, ou réponse d’attente quand le message est transmis).',
  },
  'resolution.p50': {
    en: 'Time until the answer reaches the customer. In the relational funnel, answers climb down the hierarchy hop by hop; a direct line shortens it.',
    fr: 'Délai jusqu’à ce que la réponse parvienne au client. Dans l’entonnoir relationnel, les réponses redescendent la hiérarchie étape par étape ; une ligne directe le raccourcit.',
  },
  'resolvedWithin.1d': {
    en: 'Share of all messages resolved within a day, counting the ones never answered: an organisation cannot look fast by dropping its slow cases.',
    fr: 'Part de tous les messages résolus en moins d’un jour, en comptant ceux jamais traités : une organisation ne peut pas paraître rapide en abandonnant les cas lents.',
  },
  'sla.attainment': {
    en: 'Share of first responses within the time customers expect on each channel (an hour on social media, a day by e-mail, 20 seconds on the phone).',
    fr: 'Part des premières réponses arrivées dans le délai attendu sur chaque canal (une heure sur les réseaux sociaux, un jour par courriel, 20 secondes au téléphone).',
  },
  'coverage.public': {
    en: 'Share of messages on public spaces (pages, forums) that were answered. Unanswered public complaints build visibility and can start a bad buzz (defensive speech).',
    fr: 'Part des messages des espaces publics (pages, forums) qui ont été traités. Les réclamations publiques sans réponse gagnent en visibilité et peuvent déclencher un bad buzz (parole défensive).',
  },
  'coverage.offHours': {
    en: 'Customers write "any time, anywhere, any device"; staff do not. Share of messages sent at night or at the weekend that were answered.',
    fr: 'Les clients écrivent « à toute heure, de partout, sur tout support » ; le personnel, non. Part des messages envoyés la nuit ou le week-end qui ont été traités.',
  },
  'coverage.competentAnswers': {
    en: 'Share of answers given by a unit whose expertise covers the topic. Autonomy beyond competence gives answers that are wrong more often; subsidiarity sends them to the expert.',
    fr: 'Part des réponses données par une unité compétente sur le sujet. L’autonomie hors compétence donne plus souvent de mauvaises réponses ; la subsidiarité les envoie à l’expert.',
  },
  'insight.capture': {
    en: 'Listening: share of customer suggestions that reached marketing and innovation. In the funnel most die at the front desk.',
    fr: 'Écoute : part des suggestions de clients parvenues au marketing et à l’innovation. Dans l’entonnoir, la plupart s’arrêtent à l’accueil.',
  },
  'handoffs.perAnswered': {
    en: 'How many times an answered message was passed on, there and back. Each hand-off is a queue and a delay.',
    fr: 'Nombre de transmissions d’un message traité, à l’aller et au retour. Chaque transmission ajoute une file d’attente et un délai.',
  },
  'quality.consistent': {
    en: 'Share of answers consistent with the company\'s line. Guidelines (online style) and a conductor coordinating the CMs keep the voice coherent.',
    fr: 'Part des réponses cohérentes avec la ligne de l’entreprise. Une charte (style en ligne) et un chef d’orchestre coordonnant les CM gardent la voix cohérente.',
  },
  'quality.badBuzzEpisodes': {
    en: 'Crises: episodes of surging volume started by a scripted crisis or by unanswered public complaints piling up.',
    fr: 'Crises : épisodes de volume en forte hausse, déclenchés par une crise prévue ou par l’accumulation de réclamations publiques sans réponse.',
  },
  'firstResponse.mean': {
    en: "Average time to the first response of the customers who heard back. A few very slow cases pull it up, which is why the median and the 90th centile are shown beside it.",
    fr: "Délai moyen de première réponse pour les clients ayant eu un retour. Quelques cas très lents le tirent vers le haut : c’est pourquoi la médiane et le 90e centile sont donnés à côté.",
  },
  'firstResponse.p90': {
    en: "Nine customers in ten who heard back did so within this time: the slow tail, such as messages left in an inbox over a weekend or waiting for a referral.",
    fr: "Neuf clients sur dix ayant eu un retour l’ont eu dans ce délai : la queue lente, comme les messages restés dans une boîte de réception le week-end ou en attente d’une transmission.",
  },
  'resolution.mean': {
    en: "Average time until the answer reaches the customer, over the messages answered; a long referral chain weighs on it heavily.",
    fr: "Délai moyen jusqu’à ce que la réponse parvienne au client, sur les messages traités ; une longue chaîne de transmissions pèse lourd.",
  },
  'resolution.p90': {
    en: "Nine answers in ten reached their customer within this time: the cases that went up and down the hierarchy.",
    fr: "Neuf réponses sur dix sont parvenues au client dans ce délai : ce sont les cas qui ont monté et redescendu la hiérarchie.",
  },
  'coverage.answered': {
    en: "Share of all messages that got an answer. The others were dropped (a channel nobody watches, a question out of scope, a referral forgotten or going round in circles), given up by a customer tired of waiting, or still open at the end.",
    fr: "Part de tous les messages qui ont eu une réponse. Les autres ont été perdus (canal que personne ne suit, question hors périmètre, transmission oubliée ou qui tourne en rond), abandonnés par un client lassé d’attendre, ou étaient encore ouverts à la fin.",
  },
  'quality.correct': {
    en: "Share of answers that were right. A wrong answer brings the customer back for another try; a unit answering outside its competence is wrong more often.",
    fr: "Part des réponses justes. Une mauvaise réponse fait revenir le client ; une unité qui répond hors de sa compétence se trompe plus souvent.",
  },
  'cost.staffHours': {
    en: "Hours paid over the measured period: employees for their hours on duty and any overtime, volunteers from the other teams for the time they actually spent answering.",
    fr: "Heures payées sur la période mesurée : les salariés pour leurs heures de service et leurs dépassements, les volontaires des autres équipes pour le temps réellement passé à répondre.",
  },
  'cost.fte': {
    en: 'Paid hours over the measured period divided by 35-hour weeks: a desk open around the clock with one person on duty is 4.8 full-time equivalents, not one.',
    fr: 'Heures payées sur la période mesurée divisées par des semaines de 35 heures : un poste ouvert jour et nuit avec une personne de service compte 4,8 équivalents temps plein, pas un.',
  },
  'cost.perMonth': {
    en: "Staff hours at each unit's hourly cost plus the cost of each contact, brought to a month of 30 days, in the company's currency.",
    fr: 'Heures de personnel au coût horaire de chaque unité plus le coût de chaque contact, ramenés à un mois de 30 jours, dans la monnaie de l’entreprise.',
  },
  'cost.total': {
    en: "Those staff hours at each unit's hourly cost, plus the cost of each contact on its channel (a call, for instance), over the measured period.",
    fr: "Ces heures de personnel au coût horaire de chaque unité, plus le coût de chaque contact sur son canal (un appel par exemple), sur la période mesurée.",
  },
  'cost.perResolved': {
    en: 'Staff hours (employees paid for their schedule, volunteers for the time they worked) and contact costs, divided by the messages answered.',
    fr: 'Heures de personnel (salariés payés pour leurs horaires, volontaires pour le temps passé) et coûts de contact, divisés par les messages traités.',
  },
};

export function explainFigure(key: MetricKey, language: Language): string {
  return FIGURE_EXPLANATIONS[key][language];
}
