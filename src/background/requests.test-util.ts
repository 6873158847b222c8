/** One valid request of every type the background answers, in an order that makes sense to run. */
import type { BackgroundRequest } from '../common/messages';

export const term = { ar: 'كفرنبل', en: 'Kafr Nabl', type: 'place' } as const;
export const context = { sentence: 'قصف على كفرنبل', url: 'https://news.example/a', title: 'هدنة' };

export const VALID: BackgroundRequest[] = [
  { type: 'annotate', text: 'قصفت قوات النظام إدلب', signals: {} },
  { type: 'describe', id: 'g:idlib' },
  { type: 'saveTerm', term, context },
  { type: 'unsaveTerm', term: { ar: 'كفرنبل' } },
  { type: 'undoUnsave', term: { ar: 'كفرنبل' } },
  { type: 'setTermStatus', term: { ar: 'كفرنبل' }, status: 'known' },
  { type: 'loadReader' },
  { type: 'lookupName', name: 'إدلب' },
  { type: 'packStatus' },
  { type: 'attributions' },
  { type: 'locate', id: 'g:idlib' },
  { type: 'locatorMap', lat: 35.9, lon: 36.6, country: 'SY' },
  { type: 'interfaceMessages', language: 'ar' },
  { type: 'openAbout' },
];
