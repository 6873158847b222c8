import { render } from 'preact';
import { applyUiDirection } from '../common/i18n';
import { App } from './App';
import './options.css';

applyUiDirection(document.documentElement);
render(<App />, document.getElementById('app')!);
