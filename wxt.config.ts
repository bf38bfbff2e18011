import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    short_name: 'Postwacht',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // Least privilege: settings only. Host access comes from the content script's matches alone.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        // A fixed add-on id, so Firefox can apply a school's policy (3rdparty) to it.
        id: '{2ad0af4e-2746-4ce4-9d73-d0ee0f34dcc6}',
        strict_min_version: '115.0',
        // Postwacht collects nothing: what is typed never leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
