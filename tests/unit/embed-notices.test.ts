// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import Notices from '../../src/embed/Notices.svelte';
import { parseEmbedParams } from '../../src/embed/params';

describe('Notices', () => {
  test('a hostile value is shown as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { notices } = parseEmbedParams(`indicator=${encodeURIComponent(hostile)}&lang=fr`);
    const { container } = render(Notices, { notices, lang: 'en' });
    expect(container.querySelector('img')).toBeNull();
    const status = container.querySelector('[role="status"]');
    expect(status?.textContent).toContain(`indicator=${hostile}`);
    expect(status?.textContent).toContain('lang=fr (unknown value)');
  });
  test('nothing when every parameter was used', () => {
    const { container } = render(Notices, { notices: [], lang: 'zh' });
    expect(container.querySelector('[role="status"]')).toBeNull();
  });
});
