/** The explanation panel: what each compared organisation is, and what each figure means. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { METRICS, metricLabelKey } from '../metrics/catalogue';
import { PRESETS } from '../scenario/presets';
import { textOf } from '../scenario/text';
import { useApp } from '../state/store';
import { explainFigure } from './locales/explanations';
import { presetName } from './names';

const description = (id: string) => PRESETS.find((p) => p.kind === 'organisation' && p.id === id)?.description;

/** Memoised: it reads its own slices of the store, and the page re-renders on every result. */
export const Explanations = memo(function Explanations() {
  const { t } = useTranslation();
  const organisationIds = useApp((s) => s.organisationIds);
  const language = useApp((s) => s.language);
  return (
    <section className="explanations" data-testid="explanations">
      <details>
        <summary>{t('aboutOrganisations')}</summary>
        <dl>
          {organisationIds.map((id) => (
            <div key={id}>
              <dt>{presetName('organisation', id, language)}</dt>
              <dd>{textOf(description(id), language)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <details>
        <summary>{t('aboutFigures')}</summary>
        <dl>
          {METRICS.map((m) => (
            <div key={m.key}>
              <dt>{t(metricLabelKey(m.key))}</dt>
              <dd>{explainFigure(m.key, language)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
});
