import { render } from 'preact';
import { InInterfaceLanguage } from '../ui/interface-language';
import { AddTermForm } from './AddTermForm';
import { readAddTermParams } from './params';
import './add-term.css';

render(
  <InInterfaceLanguage render={() => <AddTermForm params={readAddTermParams(location.search)} />} />,
  document.getElementById('app')!,
);
