import { describe, expect, it } from 'vitest';
import { changesBetween, conflictingFields, draftOf } from './contactEdit';

const ada = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: null,
  jobTitle: null,
  emails: [
    { type: 'HOME', address: 'ada@example.com' },
    { type: 'WORK', address: 'ada@work.example' },
  ],
  phones: [],
  statusLevel: 'B',
  contactType: null,
  tags: ['vip'],
  groups: [],
};

describe('changesBetween', () => {
  it('sends only the fields the user changed', () => {
    const draft = { ...draftOf(ada), lastName: 'King', statusLevel: 'A' };
    expect(changesBetween(ada, draft)).toEqual({ lastName: 'King', statusLevel: 'A' });
  });

  it('clears an emptied field and keeps the other e-mails when the first changes', () => {
    const draft = { ...draftOf(ada), firstName: '  ', email: 'ada@new.example' };
    expect(changesBetween(ada, draft)).toEqual({
      firstName: null,
      emails: [
        { type: 'HOME', address: 'ada@new.example' },
        { type: 'WORK', address: 'ada@work.example' },
      ],
    });
  });

  it('compares tag lists, not their spelling', () => {
    expect(changesBetween(ada, { ...draftOf(ada), tags: ' vip ,' })).toEqual({});
    expect(changesBetween(ada, { ...draftOf(ada), tags: 'vip, golf' })).toEqual({ tags: ['vip', 'golf'] });
  });
});

describe('conflictingFields', () => {
  it('names the fields both sides changed', () => {
    const saved = { ...ada, lastName: 'Byron', statusLevel: 'C' };
    const draft = { ...draftOf(ada), lastName: 'King', company: 'Analytical' };
    expect(conflictingFields(ada, saved, draft)).toEqual(['lastName']);
  });
});
