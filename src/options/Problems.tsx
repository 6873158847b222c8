/** Why a file was refused: the first problems, by row and field, and how many more. */
import { describeProblem, type Problem } from '../glossary/import';
import { g } from './i18n';

export function Problems({ problems, count, unit }: { problems: Problem[]; count: number; unit: string }) {
  return (
    <div class="problems" role="alert">
      <p>
        <strong>{g('import_refused', 'This file cannot be imported. Nothing was changed.')}</strong>
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i} dir="auto">
            {describeProblem(problem, unit)}
          </li>
        ))}
      </ul>
      {count > problems.length && (
        <p>{g('import_more_problems', 'And $1 more problems.', [count - problems.length])}</p>
      )}
    </div>
  );
}

export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <p class="progress">
      <label>
        {label} <progress aria-label={label} max={total || 1} value={done} />
      </label>
    </p>
  );
}
