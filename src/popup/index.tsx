import { render } from 'preact';
import { InInterfaceLanguage } from '../ui/interface-language';
import { Popup } from './Popup';
import './popup.css';

render(<InInterfaceLanguage render={() => <Popup />} />, document.getElementById('app')!);
