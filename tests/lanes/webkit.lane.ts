import { inject } from 'vitest';
import { defineLane } from './define-lane';
import { openWebKit } from './webkit';

defineLane('webkit', () => openWebKit(inject('webkit')));
