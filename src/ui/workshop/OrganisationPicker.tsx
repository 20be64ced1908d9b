/**
 * The organisations to compare, grouped: the funnel and the four placements open at the top,
 * each other group folded under a sentence saying what it holds and how many of it are chosen.
 * Each name carries its organisation's colour, the one every chart gives it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import { MAX_ORGANISATIONS } from '../../state/url-state';
import { presetName } from '../names';
import { GROUPS, organisationColour } from './organisation-groups';

export function OrganisationPicker() {
  const { t } = useTranslation();
  const selected = useApp((s) => s.organisationIds);
  const language = useApp((s) => s.language);
  const toggle = useApp((s) => s.toggleOrganisation);
  const full = selected.length >= MAX_ORGANISATIONS;
  return (
    <fieldset className="organisations" data-testid="organisations">
      <legend>{t('organisations')}</legend>
      {GROUPS.map((group) => {
        const chosen = group.ids.filter((id) => selected.includes(id)).length;
        const boxes = (
          <div className="grid">
            {group.ids.map((id) => (
              <label key={id} className="check">
                <input type="checkbox" checked={selected.includes(id)} disabled={full && !selected.includes(id)} onChange={() => toggle(id)} value={id} />
                <span className="swatch" style={{ background: organisationColour(id) }} aria-hidden="true" />
                {presetName('organisation', id, language)}
              </label>
            ))}
          </div>
        );
        if (group.id === 'core') {
          return <div key={group.id} className="group" data-group={group.id}><p className="hint">{t('workshop/group/coreHint')}</p>{boxes}</div>;
        }
        return (
          <Folded key={group.id} id={group.id} holdsChosen={chosen > 0}
            summary={<>{t(`workshop/group/${group.id}`)} <span className="muted">({t('workshop/group/chosen', { count: chosen })})</span></>}>
            <p className="hint">{t(`workshop/group/${group.id}Hint`)}</p>
            {boxes}
          </Folded>
        );
      })}
      {full && <p className="hint" data-testid="organisations-full">{t('organisationsFull', { max: MAX_ORGANISATIONS })}</p>}
    </fieldset>
  );
}

/** A group opens by itself when it comes to hold a chosen organisation (a link), and never closes by itself. */
function Folded({ id, holdsChosen, summary, children }: { id: string; holdsChosen: boolean; summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(holdsChosen);
  useEffect(() => { if (holdsChosen) setOpen(true); }, [holdsChosen]);
  return (
    <details className="group" data-group={id} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
