import { inject } from 'vitest';
import { defineLane } from './define-lane';
import { openFirefox } from './firefox';

defineLane('firefox', () => openFirefox(inject('firefox')));
