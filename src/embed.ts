/** Entry of embed.html: one chart, parameters from the query string, theme on <html>. No framework. */
import { startEmbed } from './embed/page';
import { parseEmbedParams } from './embed/params';
import 'virtual:theme.css';
import './dom/chart.css';
import './embed/embed.css';

const { params, notices } = parseEmbedParams(location.search);
if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;

const root = document.getElementById('embed');
if (root) startEmbed(root, params, notices, window);
