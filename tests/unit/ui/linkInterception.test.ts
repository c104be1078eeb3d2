import { describe, expect, it } from 'vitest';
import { inAppDestination, type AnchorLike, type ClickLike } from '../../../src/ui/linkInterception';

const origin = 'http://127.0.0.1:4173';
const plainClick: ClickLike = {
  button: 0,
  defaultPrevented: false,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
};

function anchor(href: string, attributes: Record<string, string> = {}): AnchorLike {
  return {
    href: new URL(href, origin).href,
    target: attributes.target ?? '',
    hasAttribute: (name) => name in attributes,
    getAttribute: (name) => attributes[name] ?? null,
  };
}

describe('inAppDestination: which link clicks the router handles', () => {
  it('handles a plain click on a same-origin page link, keeping query and hash', () => {
    expect(inAppDestination(plainClick, anchor('/learn/aliases?from=home#weights'), origin)).toBe(
      '/learn/aliases?from=home#weights',
    );
  });

  it.each([
    ['ctrl', { ctrlKey: true }],
    ['meta', { metaKey: true }],
    ['shift', { shiftKey: true }],
    ['alt', { altKey: true }],
    ['middle button', { button: 1 }],
    ['already handled', { defaultPrevented: true }],
  ])('leaves a %s click to the browser (new tab, window or download)', (_name, change) => {
    expect(inAppDestination({ ...plainClick, ...change }, anchor('/lab'), origin)).toBeNull();
  });

  it('leaves other origins, downloads, new-tab targets and rel=external links to the browser', () => {
    expect(inAppDestination(plainClick, anchor('https://docs.aws.amazon.com/lambda/'), origin)).toBeNull();
    expect(inAppDestination(plainClick, anchor('/export', { download: '' }), origin)).toBeNull();
    expect(inAppDestination(plainClick, anchor('/lab', { target: '_blank' }), origin)).toBeNull();
    expect(inAppDestination(plainClick, anchor('/lab', { rel: 'noopener external' }), origin)).toBeNull();
  });

  it('leaves links to files such as icons and the manifest to the browser', () => {
    expect(inAppDestination(plainClick, anchor('/icon-512.png'), origin)).toBeNull();
    expect(inAppDestination(plainClick, anchor('/manifest.webmanifest'), origin)).toBeNull();
  });

  it('handles target=_self like a plain link', () => {
    expect(inAppDestination(plainClick, anchor('/workshop', { target: '_self' }), origin)).toBe('/workshop');
  });
});
