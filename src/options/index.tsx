import { render } from 'preact';
import { InInterfaceLanguage } from '../ui/interface-language';
import { App } from './App';
import './options.css';

render(<InInterfaceLanguage render={() => <App />} />, document.getElementById('app')!);
