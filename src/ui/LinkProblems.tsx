/**
 * The notice listing what a link held that could not be used, in the page's language. A hostile
 * or mangled link can hold thousands of problems: the first few are listed, the rest counted.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';

/** Problems listed before the rest are only counted. */
export const LISTED_PROBLEMS = 5;

export function LinkProblems() {
  const { t } = useTranslation();
  const problems = useApp((s) => s.linkProblems);
  const language = useApp((s) => s.language);
  const dismiss = useApp((s) => s.dismissLinkProblems);
  if (problems.length === 0) return null;
  const lines = [...new Set(problems.map((p) => p[language]))];
  const hidden = lines.length - LISTED_PROBLEMS;
  return (
    <div role="alert" className="notice" data-testid="link-problems">
      <p>{t('linkProblems')}</p>
      <ul>
        {lines.slice(0, LISTED_PROBLEMS).map((line) => <li key={line}>{line}</li>)}
        {hidden > 0 && <li data-testid="link-problems-more">{t('moreLinkProblems', { count: hidden })}</li>}
      </ul>
      <button type="button" onClick={dismiss}>{t('ok')}</button>
    </div>
  );
}
