/** The reader's saved terms, newest first, with the sentence each was met in. */
import type { SavedTerm } from '../glossary/db';
import { kindLabel } from '../ui/labels';

export function SavedTerms({ terms }: { terms: SavedTerm[] }) {
  if (terms.length === 0) {
    return (
      <p class="muted">No saved terms yet. Hover a highlighted name on an Arabic news page and press Save.</p>
    );
  }
  return (
    <table class="terms">
      <caption class="visually-hidden">Saved terms</caption>
      <thead>
        <tr>
          <th scope="col">Arabic</th>
          <th scope="col">English</th>
          <th scope="col">Type</th>
          <th scope="col">Context</th>
          <th scope="col">Seen</th>
        </tr>
      </thead>
      <tbody>
        {terms.map((term) => {
          const latest = term.contexts[0];
          return (
            <tr key={term.key}>
              <td dir="rtl" lang="ar" class="ar">
                {term.ar}
              </td>
              <td dir="ltr">{term.en}</td>
              <td>{kindLabel(term.type, term.kind)}</td>
              <td dir="rtl" lang="ar" class="context">
                {latest?.sentence}
                {latest && (
                  <div dir="ltr" class="source">
                    <a href={latest.url} target="_blank" rel="noreferrer">
                      {latest.title || latest.url}
                    </a>
                  </div>
                )}
              </td>
              <td>
                <time dateTime={new Date(term.lastSeen).toISOString()}>
                  {new Date(term.lastSeen).toLocaleDateString()}
                </time>
                <div class="muted">{term.timesSeen === 1 ? 'once' : `${term.timesSeen} times`}</div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
