import type { Adapter } from './adapter';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import type { SiteId } from './sites';
import { whatsapp } from './whatsapp';
import { x } from './x';

export type { Adapter, Composer } from './adapter';

/** One adapter per site; each falls back to hooking any focused editor when its known markup is gone. */
export const ADAPTERS: Record<SiteId, Adapter> = { facebook, x, linkedin, whatsapp };
