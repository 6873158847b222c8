/** One entry of the bundled glossary: names, aliases, what and where it is, and its source. */
import type { StoredEntry } from '../glossary/db';
import { EntityFacts } from '../ui/EntityFacts';
import { kindLabel } from '../ui/labels';
import { g } from './i18n';
import { Place } from './Place';
import { DetailHeader } from './ViewParts';

interface Props {
  entry: StoredEntry;
  saved: boolean;
  onToggleSave: () => void;
  onClose: () => void;
}

export function EntryDetail({ entry, saved, onToggleSave, onClose }: Props) {
  const titleId = 'entry-detail-title';
  return (
    <section class="detail" aria-labelledby={titleId}>
      <DetailHeader titleId={titleId} ar={entry.ar} en={entry.en} onClose={onClose} />
      <p class="muted">{kindLabel(entry.type, entry.kind)}</p>
      {entry.desc && <p dir="ltr">{entry.desc}</p>}
      {/* The country is Place's, below. */}
      <EntityFacts type={entry.type} roles={entry.roles} acronym={entry.acronym} />
      {entry.aliases && entry.aliases.length > 0 && (
        <dl class="facts">
          <dt>{g('detail_aliases', 'Also written')}</dt>
          <dd dir="rtl" lang="ar">
            {entry.aliases.join('، ')}
          </dd>
        </dl>
      )}
      <Place
        name={entry.en || entry.ar}
        path={entry.path}
        country={entry.country}
        lat={entry.lat}
        lon={entry.lon}
        kind={entry.kind}
      />
      <dl class="facts">
        <dt>{g('detail_source', 'Source')}</dt>
        <dd dir="ltr">
          {entry.src.join(', ')} · {entry.id}
        </dd>
      </dl>
      <div class="actions">
        <button type="button" aria-pressed={saved} onClick={onToggleSave}>
          {saved ? g('saved', 'Saved') : g('save', 'Save')}
        </button>
      </div>
    </section>
  );
}
