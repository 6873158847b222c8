/**
 * What the popup says about a page, in the interface language: the verdict ("Arabic
 * political news — 14 places, 5 organisations"), why, in sentences a reader follows,
 * and whether annotating on request makes sense. Built from structured data (the
 * detection's evidence, the site setting), never from the engine's English reasons.
 */
import { uiLanguage } from '../common/i18n';
import type { PageState } from '../common/messages';
import type { EntityType } from '../common/pack';
import type { Scope, SiteMode } from '../common/settings';
import { label } from '../ui/labels';
import { countsPhrase } from '../ui/plural';

export interface Verdict {
  text: string;
  /** Sentences that explain it (what made it political, where Dalil looked). */
  why: string[];
  /** Offer "Annotate this page". */
  offerAnnotate: boolean;
}

const OTHER_SCRIPT_LANGUAGES = new Set(['fa', 'ur', 'ckb', 'ps', 'ku', 'sd', 'ug']);

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The page's language when it is an Arabic-script language other than Arabic. */
function otherScriptLanguage(state: PageState): string | undefined {
  const language = state.detection?.language ?? state.language;
  return language && OTHER_SCRIPT_LANGUAGES.has(language) ? language : undefined;
}

function reasons(state: PageState, scope: Scope): string[] {
  const evidence = state.detection?.evidence;
  if (!evidence || !state.detection?.isArabic) return [];
  const why: string[] = [];
  const political = [evidence.political, evidence.words];
  why.push(
    state.detection.isPolitical
      ? label(
          'popup_why_political',
          'It reads as political news: $1 of the $2 words Dalil read are about government, security, conflict or diplomacy.',
          political,
        )
      : label(
          'popup_why_not_political',
          'It does not read as political news: only $1 of the $2 words Dalil read are about government, security, conflict or diplomacy.',
          political,
        ),
  );
  if (evidence.otherGenre > 0 && evidence.otherGenre * 2 >= evidence.political)
    why.push(
      label(
        'popup_why_other_genre',
        '$1 words are about sport, food, technology, health, weather, the arts or travel.',
        [evidence.otherGenre],
      ),
    );
  if (evidence.articleMarkup)
    why.push(label('popup_why_article', 'The page is marked up as a news article.'));
  why.push(
    scope === 'article'
      ? label('popup_where_article', 'Dalil read the article only, not the menus, sidebars or comments.')
      : label('popup_where_page', 'Dalil read the whole page.'),
  );
  return why;
}

export function verdictOf(
  state: PageState,
  mode: SiteMode,
  scope: Scope,
  distinct: Record<EntityType, number>,
): Verdict {
  const found = countsPhrase(distinct);
  const detection = state.detection;
  if (mode === 'never' && !state.forced)
    return {
      text: label('popup_verdict_off', 'Off on this site: Dalil does not read its pages.'),
      why: [],
      offerAnnotate: false,
    };
  if (state.status === 'annotating')
    return { text: label('popup_verdict_reading', 'Reading this page…'), why: [], offerAnnotate: false };
  if (state.status === 'error')
    return {
      text: label('popup_verdict_error', 'Dalil could not read this page: $1', [state.error ?? '?']),
      why: [],
      offerAnnotate: true,
    };
  const other = otherScriptLanguage(state);
  if (other)
    return {
      text: label('popup_verdict_other_language', 'This page is in $1. Dalil reads Arabic only.', [
        languageName(other),
      ]),
      why: [
        label(
          'popup_why_other_language',
          'Its letters and common words are those of $1, which is written in Arabic script but is not Arabic: Dalil does not annotate it.',
          [languageName(other)],
        ),
      ],
      offerAnnotate: false,
    };
  const why = reasons(state, scope);
  if (state.status === 'annotated' && detection?.isArabic && detection.isPolitical && !state.forced)
    return {
      text: found
        ? label('popup_verdict_news', 'Arabic political news — $1', [found])
        : label('popup_verdict_news_empty', 'Arabic political news — no names found'),
      why,
      offerAnnotate: false,
    };
  if (state.status === 'annotated' && state.forced && mode === 'always')
    return {
      text: found
        ? label('popup_verdict_always', 'On for this site — $1', [found])
        : label(
            'popup_verdict_always_empty',
            'On for this site — Dalil found no names it knows on this page.',
          ),
      why,
      offerAnnotate: false,
    };
  if (state.status === 'annotated' && state.forced)
    return {
      text: found
        ? label('popup_verdict_forced', 'Annotated on request — $1', [found])
        : label(
            'popup_verdict_forced_empty',
            'Annotated on request — Dalil found no names it knows on this page.',
          ),
      why,
      offerAnnotate: false,
    };
  if (detection && !detection.isArabic)
    return { text: label('popup_verdict_not_arabic', 'Not an Arabic page'), why, offerAnnotate: true };
  if (detection)
    return {
      text: label('popup_verdict_not_news', 'Arabic, but not political news: Dalil left it alone.'),
      why,
      offerAnnotate: true,
    };
  if (state.language === 'ar')
    return {
      text: label('popup_verdict_not_read', 'Dalil has not read this page.'),
      why: [],
      offerAnnotate: true,
    };
  return { text: label('popup_verdict_not_arabic', 'Not an Arabic page'), why: [], offerAnnotate: true };
}
