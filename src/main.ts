// First: the CSP settings every later module relies on (securityPolicy.ts).
import './ui/securityPolicy';
import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/styles/tokens.css';
import './ui/styles/base.css';

mount(App, { target: document.getElementById('app')! });
