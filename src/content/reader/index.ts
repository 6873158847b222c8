/**
 * reader.js: the rest of the reader, injected by the background only into frames whose
 * gate (content.js) found Arabic or whose site is set to "always". The background may
 * inject it twice (a second "annotate this page"): the run-once check comes before
 * anything is made, so a second injection starts no second tooltip, watcher or listener.
 */
import type { PageState } from '../../common/messages';
import { onRequest } from '../runtime';
import { markReaderLoaded, setReaderStart } from '../stage';
import { ReaderSession } from './session';

if (markReaderLoaded()) {
  const session = new ReaderSession();
  onRequest((request) => {
    switch (request.type) {
      case 'pageState':
        return Promise.resolve(session.reader.state);
      case 'annotateNow':
        return session.reader.start(true);
      case 'reveal':
        if (!Number.isInteger(request.index)) return undefined;
        session.reveal(request.index, true);
        return Promise.resolve<PageState>(session.reader.state);
      default:
        return undefined;
    }
  });
  setReaderStart(session.start());
}
