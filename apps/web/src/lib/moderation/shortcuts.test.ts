import { describe, expect, it } from 'vitest';
import { composeStatement, isTypingTarget } from './shortcuts';

describe('keyboard shortcuts', () => {
  it('stay out of the way while the editor types', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'email' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('compose the statement from the chosen reasons in catalogue order', () => {
    const templates = [
      { code: 'personal_data', statement: 'Er staan namen in. ' },
      { code: 'insult', statement: 'Er staan beledigingen in.' },
    ];
    expect(composeStatement(['insult', 'personal_data'], templates)).toBe('Er staan namen in.\n\nEr staan beledigingen in.');
    expect(composeStatement([], templates)).toBe('');
  });
});
