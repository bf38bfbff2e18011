import { render } from 'preact';
import '@/assets/page.css';
import { App } from './App';

render(<App />, document.getElementById('app') as HTMLElement);
