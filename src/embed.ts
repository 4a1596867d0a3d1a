/** Entry of embed.html: one chart, parameters from the query string, theme on <html>. */
import { mount } from 'svelte';
import Embed from './embed/Embed.svelte';
import { parseEmbedParams } from './embed/params';
import 'virtual:theme.css';
import './dom/chart.css';
import './embed/embed.css';

const { params, notices } = parseEmbedParams(location.search);
if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;

const target = document.getElementById('embed');
if (target) mount(Embed, { target, props: { params, notices } });
