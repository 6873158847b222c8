import { render } from 'preact';
import { applyUiDirection } from '../common/i18n';
import { Popup } from './Popup';
import './popup.css';

applyUiDirection(document.documentElement);
render(<Popup />, document.getElementById('app')!);
