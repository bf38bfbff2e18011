import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The public half of Postwacht's signing key: it fixes the Chrome/Edge extension ID of this build to
 * `bajanlninhjgjlphmecofelbdnpmeico`, so a school's policy (3rdparty) can name it. The private half is not
 * kept anywhere: it is not needed to load, test or deploy the unpacked build. (tests/unit/settings-
 * policy.test.ts checks that the ID in the README and the e2e tests matches this key.)
 */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr71vmOjGevwj3yBGmpk2fgT4KIgnZee5hPdsEcDHUNj+A9iDJdG1jRCouiI2ZOoVyXkqB7wtiwx3yZDGHPsxKEUM16yVr8tn8PRlQNO7LNSQATDG7vi8hXKc0bvOb/g1++6D1F5TCgz/Yw7LO3pgtt9MzDehDIP1CN3tsjyaBxn3Uod6waM+vQEJp55O2MAP8VkY2a93D5qeO6fIWsA5jdQvR8f8sZ2B1Yif2ouhPRlf93caYrb/AjEW+iJQOjvtfCCb9otDVDSyswAprB+eaf3U7eCFpiY50rCEbDRyEswA8Ni2tkStnc9g1Ec8eeRl0HirjPfLf4RBYX9p4FAL0wIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Postwacht',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // Least privilege: settings only. Host access comes from the content script's matches alone.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    // Chrome and Edge: a fixed ID, and the school policy's schema (storage.managed). Firefox takes the
    // policy from policies.json for the gecko id below and knows neither key.
    ...(browser === 'firefox'
      ? {}
      : { key: EXTENSION_KEY, storage: { managed_schema: 'managed_schema.json' } }),
    browser_specific_settings: {
      gecko: {
        // A fixed add-on id, so Firefox can apply a school's policy (3rdparty) to it.
        id: '{2ad0af4e-2746-4ce4-9d73-d0ee0f34dcc6}',
        strict_min_version: '115.0',
        // Postwacht collects nothing: what is typed never leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  vite: () => ({ plugins: [preact()] }),
});
