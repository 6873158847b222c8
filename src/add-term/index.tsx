import { render } from 'preact';
import { applyUiDirection } from '../common/i18n';
import { AddTermForm } from './AddTermForm';
import { readAddTermParams } from './params';
import './add-term.css';

applyUiDirection(document.documentElement);
render(<AddTermForm params={readAddTermParams(location.search)} />, document.getElementById('app')!);
