/** The popup's one-line verdict for a page. */
import type { PageState } from '../common/messages';
import { label } from '../ui/labels';

export function verdictText(state: PageState): string {
  const detection = state.detection;
  if (state.status === 'annotated' && detection?.isArabic && detection.isPolitical) {
    return label('popup_verdict_news', 'Arabic political news: annotated');
  }
  if (state.status === 'annotated' && state.entities.length > 0)
    return label('popup_verdict_forced', 'Annotated on request');
  if (state.status === 'annotating') return label('popup_verdict_reading', 'Reading this page…');
  if (state.status === 'error') {
    return label('popup_verdict_error', 'Dalil could not read this page: $1', [state.error ?? '?']);
  }
  if (detection && !detection.isArabic) return label('popup_verdict_not_arabic', 'Not an Arabic page');
  return label('popup_verdict_not_news', 'Not recognised as Arabic political news');
}
