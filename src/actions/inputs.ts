// Typed input parsing for every action, in one place. Names follow action.yml (kebab-case).
import * as core from '@actions/core';
import { COMMENT_MODES, type CommentMode } from '../core/publish/plan.js';
import { truncate } from '../core/report/escape.js';

const TRUE_WORDS = ['true', 'yes', '1', 'on'];
const FALSE_WORDS = ['false', 'no', '0', 'off'];

export function getString(name: string, fallback = ''): string {
  return core.getInput(name).trim() || fallback;
}

export function getBoolean(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (!raw) return fallback;
  if (TRUE_WORDS.includes(raw)) return true;
  if (FALSE_WORDS.includes(raw)) return false;
  throw new Error(`input '${name}' must be true or false, got '${raw}'`);
}

export function getInteger(name: string, fallback: number, min = 0): number {
  const raw = core.getInput(name).trim();
  if (!raw) return fallback;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min) {
    throw new Error(`input '${name}' must be a whole number ≥ ${min}, got '${raw}'`);
  }
  return Number(raw);
}

export function getEnum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim();
  if (!raw) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new Error(`input '${name}' must be one of ${allowed.join(', ')}, got '${raw}'`);
  }
  return raw as T;
}

/**
 * The `comment` input: always, on-failure or never; the boolean words as before (always, never).
 * Empty: undefined, so the caller's default (or the config's) holds.
 */
export function getCommentMode(name = 'comment'): CommentMode | undefined {
  const value = core.getInput(name).trim().toLowerCase();
  if (!value) return undefined;
  if (TRUE_WORDS.includes(value)) return 'always';
  if (FALSE_WORDS.includes(value)) return 'never';
  if ((COMMENT_MODES as readonly string[]).includes(value)) return value as CommentMode;
  throw new Error(
    `input '${name}' must be always, on-failure or never, got '${truncate(value, 40)}'`,
  );
}

/** Multi-line or comma-separated lists (globs, label names). */
export function getList(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
