/** Where the bundled data comes from: the attributions its licences require. */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../common/send';
import { g } from './i18n';

export function About() {
  const [attributions, setAttributions] = useState<string[]>([]);
  useEffect(() => {
    send({ type: 'attributions' })
      .then(setAttributions)
      .catch(() => setAttributions([]));
  }, []);
  return (
    <section aria-labelledby="about-title" class="about">
      <h2 id="about-title">{g('about_title', 'About the data')}</h2>
      <p>
        {g(
          'about_offline',
          'Dalil works entirely offline: nothing you read or save leaves this browser. Its glossary is built from open data:',
        )}
      </p>
      <ul>
        {attributions.map((text) => (
          <li key={text} dir="ltr">
            {text}
          </li>
        ))}
      </ul>
      <p>
        {g(
          'about_maps',
          "Locator maps: Natural Earth country outlines (public domain), with the glossary's towns and cities.",
        )}
      </p>
    </section>
  );
}
