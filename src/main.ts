import { mount } from 'svelte';
import App from './App.svelte';
import 'virtual:theme.css';
import './dom/chart.css';
import './styles/app.css';

const target = document.getElementById('app');
if (target) mount(App, { target });
