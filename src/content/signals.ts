/** What the page says about itself: language, direction, article markup, metadata. */
import type { PageSignals } from '../engine/api';

const SCHEMA_TYPE = /"@type"\s*:\s*"([A-Za-z]+)"/g;

export function pageSignals(doc: Document): PageSignals {
  const html = doc.documentElement;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? undefined;
  const schemaTypes = new Set<string>();
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    for (const match of (script.textContent ?? '').slice(0, 20_000).matchAll(SCHEMA_TYPE))
      schemaTypes.add(match[1]);
  }
  for (const element of Array.from(doc.querySelectorAll('[itemtype]')).slice(0, 20)) {
    const type = element.getAttribute('itemtype')?.split('/').pop();
    if (type) schemaTypes.add(type);
  }
  const articleMarkup =
    doc.querySelector('article, [itemprop="articleBody"]') !== null ||
    ogType === 'article' ||
    [...schemaTypes].some((type) => /Article|NewsArticle|Report/.test(type));
  return {
    lang: html.lang || undefined,
    dir: html.dir || doc.body?.dir || undefined,
    title: doc.title || undefined,
    articleMarkup,
    ogType,
    schemaTypes: [...schemaTypes],
  };
}
