/** The glossary's loading progress on first install (src/glossary/pack-loader.ts records it). */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../common/send';
import type { PackProgress } from '../glossary/pack-loader';
import { label } from '../ui/labels';

export function PackProgressBar() {
  const [progress, setProgress] = useState<PackProgress | null | undefined>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const value = await send({ type: 'packStatus' }).catch(() => null);
      setProgress(value);
      if (!value?.done) timer = setTimeout(poll, 700);
    };
    void poll();
    return () => clearTimeout(timer);
  }, []);
  if (progress?.done) return null;
  if (!progress) {
    return progress === null ? (
      <p class="pack muted">{label('popup_pack_waiting', 'Preparing the glossary…')}</p>
    ) : null;
  }
  const percent = Math.floor((progress.loaded / Math.max(1, progress.total)) * 100);
  return (
    <div class="pack">
      <label for="pack-progress">{label('popup_pack_loading', 'Loading the glossary: $1%', [percent])}</label>
      <progress id="pack-progress" max={progress.total} value={progress.loaded} />
    </div>
  );
}
