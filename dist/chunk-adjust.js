import { statSync, readdirSync, existsSync } from 'node:fs';
import { w as workspacePath, c as refusalReason, r as readWorkspaceText } from './chunk-workspace.js';
import { resolve, dirname, join, basename, relative, sep, extname } from 'node:path';
import { d as distExports, t as tooDeep } from './chunk-nesting.js';

/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

class MetricFileError extends Error {
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
    this.name = "MetricFileError";
  }
  problems;
}
function formatProblem(p) {
  const where = [p.file, p.line].filter((x) => x !== void 0).join(":");
  const key = p.key !== void 0 ? `key '${p.key}': ` : "";
  return `${where ? where + ": " : ""}${key}${p.message}`;
}

function valueTree(value) {
  if (Array.isArray(value)) return { kind: "seq", items: value.map(valueTree) };
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return {
      kind: "map",
      entries: Object.entries(value).map(([key, v]) => ({
        key,
        node: valueTree(v)
      }))
    };
  }
  return { kind: "scalar", value };
}
const MAX_METRIC_DEPTH = 64;
class JsonTreeError extends Error {
  constructor(message, line, tooMany = false) {
    super(message);
    this.line = line;
    this.tooMany = tooMany;
  }
  line;
  tooMany;
}
const WS = /* @__PURE__ */ new Set([32, 9, 10, 13]);
const BARE = /^(?:-?Infinity|NaN|true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)$/;
class Reader {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  line = 1;
  skipSpace() {
    const t = this.text;
    while (this.pos < t.length && WS.has(t.charCodeAt(this.pos))) {
      if (t.charCodeAt(this.pos) === 10) this.line++;
      this.pos++;
    }
  }
  fail(message) {
    throw new JsonTreeError(message, this.line);
  }
  string() {
    const t = this.text;
    const start = this.pos;
    let end = start + 1;
    let escaped = false;
    for (; end < t.length; end++) {
      const c = t.charCodeAt(end);
      if (c === 10) this.fail("unterminated string");
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) break;
    }
    if (end >= t.length) this.fail("unterminated string");
    this.pos = end + 1;
    const raw = t.slice(start, end + 1);
    if (!escaped && raw.indexOf("\\") === -1) return raw.slice(1, -1);
    try {
      return JSON.parse(raw);
    } catch {
      return this.fail(`invalid string ${raw.slice(0, 40)}`);
    }
  }
  bare() {
    const t = this.text;
    const start = this.pos;
    while (this.pos < t.length && /[\w.+-]/.test(t[this.pos])) this.pos++;
    const raw = t.slice(start, this.pos);
    if (!BARE.test(raw)) this.fail(`unexpected ${JSON.stringify(raw.slice(0, 20) || t[start])}`);
    const line = this.line;
    if (raw === "true" || raw === "false")
      return { kind: "scalar", line, value: raw === "true", plain: true };
    if (raw === "null") return { kind: "scalar", line, value: null, plain: true };
    if (/^-?Infinity$|^NaN$/.test(raw)) return { kind: "scalar", line, value: raw, plain: true };
    return { kind: "scalar", line, value: Number(raw), plain: true };
  }
}
function attach(stack, value, r) {
  const top = stack[stack.length - 1];
  if (!top) return value;
  if (top.node.kind === "seq") top.node.items.push(value);
  else {
    const open = top;
    if (!open.key) r.fail("expected a key");
    open.node.entries.push({ key: open.key.key, line: open.key.line, node: value });
    open.key = void 0;
  }
  return void 0;
}
function jsonTree(text, maxScalars = Infinity) {
  const r = new Reader(text);
  let scalars = 0;
  const stack = [];
  let root;
  let expect = "value";
  for (; ; ) {
    r.skipSpace();
    if (r.pos >= text.length) break;
    if (root !== void 0) r.fail("unexpected text after the end of the JSON value");
    const c = text[r.pos];
    const top = stack[stack.length - 1];
    const closes = c === "}" && top?.node.kind === "map" && (expect === "sep" || expect === "key-or-end") || c === "]" && top?.node.kind === "seq" && (expect === "sep" || expect === "value-or-end");
    if (closes) {
      r.pos++;
      stack.pop();
      root = attach(stack, top.node, r);
      expect = "sep";
      continue;
    }
    if (expect === "sep") {
      if (c !== ",") r.fail(`expected ',' or '${top?.node.kind === "map" ? "}" : "]"}'`);
      r.pos++;
      expect = top?.node.kind === "map" ? "key" : "value";
      continue;
    }
    if (expect === "key" || expect === "key-or-end") {
      if (c !== '"') r.fail("expected a key in double quotes");
      const line = r.line;
      const key = r.string();
      r.skipSpace();
      if (text[r.pos] !== ":") r.fail(`expected ':' after key ${JSON.stringify(key)}`);
      r.pos++;
      top.key = { key, line };
      expect = "value";
      continue;
    }
    if (c === "{" || c === "[") {
      if (stack.length >= MAX_METRIC_DEPTH) r.fail(`nested deeper than ${MAX_METRIC_DEPTH} levels`);
      const line = r.line;
      r.pos++;
      stack.push(
        c === "{" ? { node: { kind: "map", line, entries: [] } } : { node: { kind: "seq", line, items: [] } }
      );
      expect = c === "{" ? "key-or-end" : "value-or-end";
      continue;
    }
    if (++scalars > maxScalars)
      throw new JsonTreeError(`more than ${maxScalars} values`, r.line, true);
    const value = c === '"' ? { kind: "scalar", line: r.line, value: r.string(), plain: false } : r.bare();
    root = attach(stack, value, r);
    expect = "sep";
  }
  if (stack.length > 0) r.fail("the file ends inside an object or array (truncated?)");
  return root ?? { kind: "scalar", value: null };
}

function segmentText(segment) {
  return segment === "" || /[."]/.test(segment) || segment.trim() !== segment ? JSON.stringify(segment) : segment;
}
function joinName(segments) {
  return segments.map(segmentText).join(".");
}
function splitName(name) {
  const out = [];
  let i = 0;
  for (; ; ) {
    if (name[i] === '"') {
      const end = closingQuote(name, i);
      if (end < 0) throw new Error(`unterminated quoted key in metric name ${name}`);
      out.push(JSON.parse(name.slice(i, end + 1)));
      i = end + 1;
      if (i < name.length && name[i] !== ".")
        throw new Error(`expected '.' after the quoted key in metric name ${name}`);
    } else {
      const dot = name.indexOf(".", i);
      const end = dot < 0 ? name.length : dot;
      const raw = name.slice(i, end);
      if (raw.includes('"'))
        throw new Error(`a key with a double quote is written as a quoted key in ${name}`);
      out.push(raw);
      i = end;
    }
    if (i >= name.length) return out;
    i++;
  }
}
function closingQuote(name, start) {
  for (let i = start + 1; i < name.length; i++) {
    if (name[i] === "\\") i++;
    else if (name[i] === '"') return i;
  }
  return -1;
}
function plainName(segments) {
  return segments.join(".");
}
function metricKey(name, slice) {
  return slice ? `\0${JSON.stringify([name, slice.key, slice.value])}` : name;
}
function metricLabel(name, slice) {
  return slice ? `${name} [${slice.key}=${slice.value}]` : name;
}

const MAX_METRIC_VALUES = 5e4;
function tooManyValues() {
  return `more than ${MAX_METRIC_VALUES.toLocaleString("en-US")} metric values (each becomes a row of the comparison); keep the metrics you gate, or split the file`;
}
function scalarProblem(value, plain) {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN, not a number";
    if (!Number.isFinite(value))
      return `${value > 0 ? "Infinity" : "-Infinity"}, not a finite number`;
    return void 0;
  }
  if (typeof value === "bigint") return "an integer too large to represent exactly";
  if (typeof value === "string") {
    if (plain && /^[-+]?nan$/i.test(value)) return "NaN, not a number";
    if (plain && /^[-+]?inf(inity)?$/i.test(value)) return `${value}, not a finite number`;
    return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "\u2026" : value)}), not a number`;
  }
  if (typeof value === "boolean") return `a boolean (${value}), not a number`;
  if (value === null || value === void 0) return "empty (null), not a number";
  if (value instanceof Date) return "a date, not a number";
  return "not a number";
}
function numberOf(node) {
  return node?.kind === "scalar" && scalarProblem(node.value, node.plain) === void 0 ? node.value : void 0;
}
function childOf(node, key) {
  return node?.kind === "map" ? node.entries.find((e) => e.key === key)?.node : void 0;
}
function childAt(node, key) {
  if (node?.kind === "map") return node.entries.find((e) => e.key === key)?.node;
  if (node?.kind === "seq" && /^(0|[1-9]\d*)$/.test(key)) return node.items[Number(key)];
  return void 0;
}
class Collector {
  constructor(file) {
    this.file = file;
  }
  file;
  values = /* @__PURE__ */ new Map();
  invalid = /* @__PURE__ */ new Map();
  lists = /* @__PURE__ */ new Map();
  plain = /* @__PURE__ */ new Map();
  problems = [];
  lines = /* @__PURE__ */ new Map();
  full = false;
  /** Adds the value at a path of keys (or under a name already joined). */
  add(path, slice, node, extra = {}) {
    const name = typeof path === "string" ? path : joinName(path);
    if (this.values.size + this.invalid.size >= MAX_METRIC_VALUES) {
      if (!this.full) this.error(node, void 0, tooManyValues());
      this.full = true;
      return;
    }
    if ([name, slice?.key, slice?.value].some((s) => s?.includes("\0"))) {
      this.error(node, void 0, "a key holds a NUL character");
      return;
    }
    const key = metricKey(name, slice);
    if (!this.claim(key, metricLabel(name, slice), node.line)) return;
    if (typeof path !== "string" && plainName(path) !== name) this.alias(plainName(path), name);
    if (node.kind === "seq") {
      this.lists.set(name, node);
      return;
    }
    if (node.kind === "map") {
      const what = node.entries.length === 0 ? "an empty object" : "an object";
      this.addInvalid(name, slice, node, `${what}, not a number`, extra.file);
      return;
    }
    const problem = scalarProblem(node.value, node.plain);
    if (problem) {
      this.addInvalid(name, slice, node, problem, extra.file);
      return;
    }
    this.values.set(key, {
      name,
      ...slice ? { slice } : {},
      value: node.value,
      ...node.line !== void 0 ? { line: node.line } : {},
      ...extra.stderr !== void 0 ? { stderr: extra.stderr } : {}
    });
  }
  addInvalid(name, slice, node, problem, file) {
    this.invalid.set(metricKey(name, slice), {
      name,
      ...slice ? { slice } : {},
      ...node.line !== void 0 ? { line: node.line } : {},
      problem,
      ...file !== void 0 && file !== this.file ? { file } : {}
    });
  }
  /** Records that a key is taken; a second claim is a duplicate-key problem. */
  claim(key, label, line) {
    if (this.lines.has(key)) {
      const first = this.lines.get(key);
      this.problems.push({
        file: this.file,
        line,
        key: label,
        message: `duplicate key${first !== void 0 ? ` (first at line ${first})` : ""}`
      });
      return false;
    }
    this.lines.set(key, line);
    return true;
  }
  alias(plain, name) {
    const names = this.plain.get(plain) ?? [];
    names.push(name);
    this.plain.set(plain, names);
  }
  error(node, key, message) {
    this.problems.push({ file: this.file, line: node?.line, key, message });
  }
  isEmpty() {
    return this.values.size === 0 && this.invalid.size === 0 && this.lists.size === 0;
  }
}

const SLICES_KEY = "slices";
const OLD_SLICE_KEY = /^(.+)@([^@=]+)=([^@]*)$/;
function oldSliceSpelling(key) {
  const m = OLD_SLICE_KEY.exec(key);
  if (!m) return void 0;
  const [, name, sliceKey, sliceValue] = m;
  return `the name@key=value slice spelling is no longer read (@ belongs to metric names such as pass@1); write ${JSON.stringify({ [SLICES_KEY]: { [sliceKey]: { [sliceValue]: { [name]: "\u2026" } } } })} or a record {"name": ${JSON.stringify(name)}, "value": \u2026, "slice": {${JSON.stringify(sliceKey)}: ${JSON.stringify(sliceValue)}}}`;
}
function walk(path, node, out, slice) {
  if (node.kind === "map" && node.entries.length > 0) {
    for (const { key, line, node: child } of node.entries) {
      const old = slice ? void 0 : oldSliceSpelling(key);
      if (old) out.error({ line }, [...path, key].join("."), old);
      else walk([...path, key], child, out, slice);
    }
    return;
  }
  out.add(path, slice, node);
}
function readObject(root, out) {
  for (const { key, line, node } of root.entries) {
    if (key === SLICES_KEY && node.kind === "map") readSlices(node, out);
    else walk([], { kind: "map", line, entries: [{ key, line, node }] }, out);
  }
}
function readSlices(node, out) {
  for (const { key: sliceKey, node: byValue } of node.entries) {
    const at = `${SLICES_KEY}.${sliceKey}`;
    if (byValue.kind !== "map") {
      out.error(byValue, at, "expected { <slice value>: { <metric>: <number> } }");
      continue;
    }
    for (const { key: sliceValue, node: metrics } of byValue.entries) {
      if (metrics.kind !== "map") {
        out.error(metrics, `${at}.${sliceValue}`, "expected { <metric>: <number> }");
        continue;
      }
      walk([], metrics, out, { key: sliceKey, value: sliceValue });
    }
  }
}
function readRecords(seq, out) {
  seq.items.forEach((item, i) => {
    const at = `[${i}]`;
    if (item.kind !== "map") {
      out.error(item, at, "expected a {name, value} record");
      return;
    }
    const field = (k) => item.entries.find((e) => e.key === k)?.node;
    for (const e of item.entries) {
      if (!["name", "value", "slice"].includes(e.key))
        out.error(
          e,
          `${at}.${e.key}`,
          "unknown field in a metric record (allowed: name, value, slice)"
        );
    }
    const name = field("name");
    const value = field("value");
    if (!name || name.kind !== "scalar" || typeof name.value !== "string" || name.value === "") {
      out.error(name ?? item, `${at}.name`, "a record needs a non-empty text name");
      return;
    }
    if (!value) {
      out.error(item, `${at}.value`, `record '${name.value}' has no value`);
      return;
    }
    const slice = recordSlice(field("slice"), at, out);
    if (slice !== null) out.add(name.value, slice, value);
  });
}
function recordSlice(node, at, out) {
  if (!node) return void 0;
  const only = node.kind === "map" && node.entries.length === 1 ? node.entries[0] : void 0;
  if (!only || only.node.kind !== "scalar" || !["string", "number"].includes(typeof only.node.value)) {
    out.error(node, `${at}.slice`, "expected { <slice key>: <slice value> }");
    return null;
  }
  return { key: only.key, value: String(only.node.value) };
}
const genericReader = {
  format: "metrics",
  title: "an object of metrics (nested for groups), or a list of {name, value} records; DVC",
  detect: () => true,
  read(tree, out) {
    if (tree.kind === "seq") readRecords(tree, out);
    else if (tree.kind === "map") readObject(tree, out);
    else if (tree.value === null || tree.value === void 0)
      out.error(tree, void 0, "the file is empty");
    else
      out.error(
        tree,
        void 0,
        "expected an object of metrics or a list of {name, value} records"
      );
  }
};

function keysOf(node) {
  return new Set(node?.kind === "map" ? node.entries.map((e) => e.key) : []);
}

const TASK_METADATA = /* @__PURE__ */ new Set(["alias", "name", "sample_len", "sample_count", "samples"]);
function stderrKey(metric) {
  const comma = metric.indexOf(",");
  return comma < 0 ? `${metric}_stderr` : `${metric.slice(0, comma)}_stderr${metric.slice(comma)}`;
}
function isStderr(metric) {
  const comma = metric.indexOf(",");
  return (comma < 0 ? metric : metric.slice(0, comma)).endsWith("_stderr");
}
function readTask(task, node, out, seen) {
  if (node.kind !== "map") return;
  const byKey = new Map(node.entries.map((e) => [e.key, e.node]));
  for (const { key, node: value } of node.entries) {
    if (TASK_METADATA.has(key) || isStderr(key) || seen.has(`${task}\0${key}`)) continue;
    seen.add(`${task}\0${key}`);
    const stderr = numberOf(byKey.get(stderrKey(key)));
    out.add([task, key], void 0, value, stderr !== void 0 ? { stderr } : {});
  }
}
const lmEvalReader = {
  format: "lm-eval",
  title: "lm-evaluation-harness results (tasks and groups \xD7 metric,filter, with _stderr)",
  detect(tree) {
    const top = keysOf(tree);
    const results = tree.kind === "map" ? tree.entries.find((e) => e.key === "results") : void 0;
    return results?.node.kind === "map" && (top.has("versions") || top.has("n-shot") || top.has("group_subtasks")) && results.node.entries.every((e) => e.node.kind === "map");
  },
  read(tree, out) {
    if (tree.kind !== "map") return;
    const seen = /* @__PURE__ */ new Set();
    for (const section of ["results", "groups"]) {
      const node = tree.entries.find((e) => e.key === section)?.node;
      if (node?.kind !== "map") continue;
      for (const { key: task, node: metrics } of node.entries) readTask(task, metrics, out, seen);
    }
  }
};

const MEAN_LIKE = /* @__PURE__ */ new Set(["accuracy", "mean"]);
function readScore(score, index, out) {
  const name = childOf(score, "name");
  const metrics = childOf(score, "metrics");
  const scorer = name?.kind === "scalar" && typeof name.value === "string" ? name.value : void 0;
  if (!scorer || metrics?.kind !== "map") {
    out.error(score, `results.scores.${index}`, "expected a scorer with a name and metrics");
    return;
  }
  const stderr = numberOf(childOf(childOf(metrics, "stderr"), "value"));
  for (const { key, node } of metrics.entries) {
    if (key === "stderr" && stderr !== void 0) continue;
    const value = childOf(node, "value") ?? node;
    const se = MEAN_LIKE.has(key) && stderr !== void 0 ? { stderr } : {};
    out.add([scorer, key], void 0, value, se);
  }
}
function readInspectHeader(header, out) {
  const scores = childOf(childOf(header, "results"), "scores");
  if (scores?.kind !== "seq") {
    const status = childOf(header, "status");
    const why = status?.kind === "scalar" && status.value !== "success" ? ` (the log's status is ${JSON.stringify(status.value)})` : "";
    out.error(header, "results.scores", `no scores in the log${why}`);
    return;
  }
  scores.items.forEach((score, i) => readScore(score, i, out));
}
const inspectReader = {
  format: "inspect",
  title: "inspect_ai JSON eval log (results.scores[].metrics)",
  detect(tree) {
    const top = keysOf(tree);
    return top.has("eval") && top.has("version") && (top.has("results") || top.has("status"));
  },
  read: readInspectHeader
};

const COUNTS = ["successes", "failures", "errors"];
function readStats(stats, out) {
  if (stats?.kind !== "map") return;
  const counts = COUNTS.map((k) => numberOf(childOf(stats, k)));
  for (const k of COUNTS) {
    const node = childOf(stats, k);
    if (node) out.add([k], void 0, node);
  }
  if (counts.every((c) => c !== void 0)) {
    const total = counts.reduce((a, b) => a + b, 0);
    if (total > 0)
      out.add(["pass_rate"], void 0, {
        kind: "scalar",
        line: stats.line,
        value: counts[0] / total
      });
  }
  const tokens = childOf(stats, "tokenUsage");
  if (tokens) walk(["tokenUsage"], tokens, out);
}
function promptLabel(prompt, index) {
  for (const key of ["label", "display", "id"]) {
    const v = childOf(prompt, key);
    if (v?.kind === "scalar" && typeof v.value === "string" && v.value !== "") {
      const provider = childOf(prompt, "provider");
      return provider?.kind === "scalar" && typeof provider.value === "string" ? `${provider.value}: ${v.value}` : v.value;
    }
  }
  return String(index);
}
const promptfooReader = {
  format: "promptfoo",
  title: "promptfoo eval output (results.stats and results.prompts[].metrics)",
  detect: (tree) => {
    const stats = childOf(childOf(tree, "results"), "stats");
    return childOf(stats, "successes") !== void 0 && childOf(stats, "failures") !== void 0;
  },
  read(tree, out) {
    const results = childOf(tree, "results");
    readStats(childOf(results, "stats"), out);
    const prompts = childOf(results, "prompts");
    if (prompts?.kind !== "seq") return;
    prompts.items.forEach((prompt, i) => {
      const metrics = childOf(prompt, "metrics");
      if (metrics) walk(["prompt", promptLabel(prompt, i)], metrics, out);
    });
  }
};

const EVALUATE_METADATA = ["_timestamp", "_git_commit_hash", "_evaluate_version"];
const hfEvaluateReader = {
  format: "hf-evaluate",
  title: "Hugging Face evaluate.save() output (metadata keys starting with _ are left out)",
  detect: (tree) => {
    const keys = keysOf(tree);
    return EVALUATE_METADATA.some((k) => keys.has(k));
  },
  read(tree, out) {
    if (tree.kind !== "map") return out.error(tree, void 0, "expected an object");
    for (const { key, line, node } of tree.entries) {
      if (key.startsWith("_")) continue;
      walk([], { kind: "map", line, entries: [{ key, line, node }] }, out);
    }
  }
};

const TRAINER_PREFIX = /^(eval|train|test|predict)_/;
const TRAINER_KEYS = /* @__PURE__ */ new Set(["epoch", "total_flos"]);
const hfTrainerReader = {
  format: "hf-trainer",
  title: "Hugging Face Trainer eval_results.json / all_results.json / train_results.json",
  detect: (tree) => tree.kind === "map" && tree.entries.length > 0 && tree.entries.some((e) => TRAINER_PREFIX.test(e.key)) && tree.entries.every(
    (e) => e.node.kind === "scalar" && (TRAINER_KEYS.has(e.key) || TRAINER_PREFIX.test(e.key))
  ),
  read(tree, out) {
    if (tree.kind !== "map") return out.error(tree, void 0, "expected an object");
    for (const { key, node } of tree.entries) out.add([key], void 0, node);
  }
};

const AVERAGES = ["macro avg", "weighted avg"];
const PER_CLASS = ["precision", "recall", "f1-score", "support"];
const sklearnReportReader = {
  format: "sklearn-report",
  title: "scikit-learn classification_report(output_dict=True)",
  detect: (tree) => AVERAGES.every((avg) => {
    const keys = keysOf(childOf(tree, avg));
    return PER_CLASS.every((k) => keys.has(k));
  }),
  read(tree, out) {
    if (tree.kind !== "map") return out.error(tree, void 0, "expected an object");
    walk([], tree, out);
  }
};

const METRIC_READERS = [
  lmEvalReader,
  inspectReader,
  promptfooReader,
  hfEvaluateReader,
  sklearnReportReader,
  hfTrainerReader,
  genericReader
];
const METRIC_FORMATS = ["auto", ...METRIC_READERS.map((r) => r.format), "mlflow"];
function readerByFormat(format) {
  return METRIC_READERS.find((r) => r.format === format);
}

const MAX_YAML_METRICS_BYTES = 4 * 1024 * 1024;
function detectFormat(path) {
  const ext = extname(path).toLowerCase();
  if (ext === ".toml") return "toml";
  if (ext === ".yaml" || ext === ".yml") return "yaml";
  return "json";
}
function loadMetrics(path, displayPath = path, root = dirname(resolve(path)), options = {}) {
  let isDir;
  try {
    isDir = statSync(workspacePath(root, resolve(path), "metric file")).isDirectory();
  } catch (err) {
    throw new MetricFileError([
      { file: displayPath, message: `cannot read: ${refusalReason(err)}` }
    ]);
  }
  if (isDir !== (options.format === "mlflow") && options.format && options.format !== "auto") {
    throw new MetricFileError([
      {
        file: displayPath,
        message: isDir ? `a folder (an MLflow run), but format is ${options.format}` : "format mlflow reads a run folder, not a file"
      }
    ]);
  }
  if (isDir) return loadMlflowRun(path, displayPath, root);
  return parseMetrics(readMetricText(root, path, displayPath), displayPath, void 0, options);
}
function readMetricText(root, path, shown) {
  try {
    return readWorkspaceText(root, resolve(path), "metric file", "metrics", shown);
  } catch (err) {
    throw new MetricFileError([{ file: shown, message: `cannot read: ${refusalReason(err)}` }]);
  }
}
function parseMetrics(text, file, format = detectFormat(file), options = {}) {
  if (format !== "json" && text.length > MAX_YAML_METRICS_BYTES) {
    throw new MetricFileError([
      {
        file,
        message: `a ${format.toUpperCase()} metric file may be at most ${MAX_YAML_METRICS_BYTES / 1024 / 1024} MiB (its parser needs about 100\xD7 its size in memory); write big metric files as JSON`
      }
    ]);
  }
  const tree = format === "toml" ? tomlTree(text, file) : format === "json" ? jsonOrYamlTree(text, file) : yamlTree(text, file);
  return readTree(tree, file, options);
}
function readTree(tree, file, options) {
  const out = new Collector(file);
  duplicateKeys(tree, [], out);
  const sub = options.root ? subtree(tree, options.root, out) : tree;
  const reader = pickReader(sub, file, options.format);
  if (sub && out.problems.length === 0) reader.read(sub, out);
  if (out.problems.length === 0 && out.isEmpty()) {
    out.error(sub, void 0, `no metrics in the file (read as ${reader.format}: ${reader.title})`);
  }
  if (out.problems.length > 0) throw new MetricFileError(dedupeProblems(out.problems));
  return {
    file,
    format: reader.format,
    values: out.values,
    invalid: out.invalid,
    lists: out.lists,
    plain: out.plain
  };
}
function pickReader(tree, file, format) {
  if (format && format !== "auto") {
    const named = readerByFormat(format);
    if (!named) {
      throw new MetricFileError([
        { file, message: `unknown format '${format}' (one of ${METRIC_FORMATS.join(", ")})` }
      ]);
    }
    return named;
  }
  if (!tree) return genericReader;
  return METRIC_READERS.find((r) => r.detect(tree)) ?? genericReader;
}
function subtree(tree, root, out) {
  let node = tree;
  let path;
  try {
    path = splitName(root);
  } catch (err) {
    out.error(void 0, root, `root: ${err.message}`);
    return void 0;
  }
  for (const key of path) {
    node = childAt(node, key);
    if (!node) {
      out.error(tree, root, `root: the file has no ${root} (stopped at ${JSON.stringify(key)})`);
      return void 0;
    }
  }
  if (node.kind === "scalar") out.error(node, root, "root: a single value, not a group of metrics");
  return node;
}
function duplicateKeys(node, path, out) {
  if (node.kind === "seq") {
    node.items.forEach((item, i) => duplicateKeys(item, [...path, String(i)], out));
    return;
  }
  if (node.kind !== "map") return;
  const seen = /* @__PURE__ */ new Map();
  for (const { key, line, node: child } of node.entries) {
    if (seen.has(key)) {
      const first = seen.get(key);
      const at = [...path, key].join(".");
      out.error(
        { line },
        at,
        `duplicate key${first !== void 0 ? ` (first at line ${first})` : ""}`
      );
    } else seen.set(key, line);
    duplicateKeys(child, [...path, key], out);
  }
}
function dedupeProblems(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const k = formatProblem(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function jsonOrYamlTree(text, file) {
  try {
    return jsonTree(text, 4 * MAX_METRIC_VALUES);
  } catch (err) {
    if (!(err instanceof JsonTreeError)) throw err;
    if (err.tooMany)
      throw new MetricFileError([{ file, line: err.line, message: tooManyValues() }]);
    if (/^nested deeper/.test(err.message) || text.length > MAX_YAML_METRICS_BYTES)
      throw new MetricFileError([
        { file, line: err.line, message: `not valid JSON: ${err.message}` }
      ]);
    return yamlTree(text, file);
  }
}
function refuseDeep(text, file) {
  const deep = tooDeep(text, MAX_METRIC_DEPTH);
  if (deep) {
    throw new MetricFileError([
      {
        file,
        line: deep.line,
        message: `nested deeper than ${MAX_METRIC_DEPTH} levels (${deep.depth} at this line); metric files nest a few levels at most`
      }
    ]);
  }
}
function yamlTree(text, file) {
  refuseDeep(text, file);
  const lineCounter = new distExports.LineCounter();
  const doc = distExports.parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new MetricFileError(
      doc.errors.slice(0, 5).map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        message: `not valid JSON/YAML: ${e.message.split("\n")[0]}`
      }))
    );
  }
  const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
  const convert = (node, at) => {
    if (distExports.isAlias(node)) {
      throw new MetricFileError([
        {
          file,
          line: lineOf(node),
          key: at || void 0,
          message: "YAML aliases are not supported in metric files"
        }
      ]);
    }
    if (distExports.isMap(node)) {
      return {
        kind: "map",
        line: lineOf(node),
        entries: node.items.map((pair) => {
          const keyNode = pair.key;
          if (!distExports.isScalar(keyNode) || keyNode.value !== null && typeof keyNode.value === "object") {
            throw new MetricFileError([
              {
                file,
                line: lineOf(keyNode),
                key: at || void 0,
                message: "keys must be plain text"
              }
            ]);
          }
          const key = String(keyNode.value);
          return {
            key,
            line: lineOf(keyNode),
            node: convert(pair.value, at ? `${at}.${key}` : key)
          };
        })
      };
    }
    if (distExports.isSeq(node)) {
      return {
        kind: "seq",
        line: lineOf(node),
        items: node.items.map((n, i) => convert(n, `${at}[${i}]`))
      };
    }
    if (distExports.isScalar(node)) {
      return {
        kind: "scalar",
        line: lineOf(node),
        value: node.value,
        plain: node.type === distExports.Scalar.PLAIN
      };
    }
    return { kind: "scalar", value: null };
  };
  return convert(doc.contents, "");
}
function tomlTree(text, file) {
  refuseDeep(text, file);
  let data;
  try {
    data = parse(text);
  } catch (err) {
    const line = err instanceof TomlError ? err.line : void 0;
    const message = err.message.split("\n")[0] ?? "parse error";
    throw new MetricFileError([{ file, line, message: `not valid TOML: ${message}` }]);
  }
  return valueTree(data);
}
function loadMlflowRun(dir, displayPath, root) {
  const metricsDir = isDirectory(join(dir, "metrics")) ? join(dir, "metrics") : basename(dir) === "metrics" ? dir : void 0;
  if (!metricsDir) {
    throw new MetricFileError([
      { file: displayPath, message: "a folder, but not an MLflow run folder (no metrics/ inside)" }
    ]);
  }
  const out = new Collector(displayPath);
  const files = listFiles(metricsDir);
  for (const file of files) {
    const name = relative(metricsDir, file).split(sep).join("/");
    const shown = join(displayPath, relative(dir, file)).split(sep).join("/");
    const latest = latestPoint(readMetricText(root, file, shown), shown, name, out);
    if (latest) out.add(name, void 0, latest, { file: shown });
  }
  if (out.problems.length === 0 && out.isEmpty()) {
    out.error(void 0, void 0, "no metrics in the MLflow run folder");
  }
  if (out.problems.length > 0) throw new MetricFileError(out.problems);
  return { file: displayPath, format: "mlflow", values: out.values, invalid: out.invalid };
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function listFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort(
    (a, b) => a.name < b.name ? -1 : 1
  )) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}
const NUMBER_RE = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
function latestPoint(text, file, name, out) {
  let best;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const parts = line.split(/\s+/);
    const [ts, raw, step = "0"] = parts;
    if (parts.length < 2 || parts.length > 3 || !/^-?\d+$/.test(ts) || !/^-?\d+$/.test(step)) {
      out.problems.push({
        file,
        line: i + 1,
        key: name,
        message: 'expected "timestamp value step"'
      });
      return void 0;
    }
    const point = { step: Number(step), ts: Number(ts), raw, line: i + 1 };
    if (!best || point.step > best.step || point.step === best.step && point.ts >= best.ts)
      best = point;
  }
  if (!best) {
    out.problems.push({ file, key: name, message: "no logged values" });
    return void 0;
  }
  const value = NUMBER_RE.test(best.raw) ? Number(best.raw) : best.raw;
  return { kind: "scalar", value, plain: true, line: best.line };
}

function baselineSpec(config) {
  if (!config) return { source: "none" };
  if ("artifact" in config) return { source: "artifact", ...config.artifact };
  if ("base_branch" in config && config.base_branch)
    return { source: "base-branch", path: config.path };
  return { source: "file", path: config.path };
}
async function resolveBaseline(spec, options) {
  const readOptions = options.read ?? {};
  switch (spec.source) {
    case "none":
      return { info: { source: "none", note: "no baseline configured" } };
    case "file": {
      const full = workspacePath(options.workspace, spec.path, "baseline");
      if (!existsSync(full)) {
        throw new Error(
          `baseline file ${spec.path} not found in the workspace (a workspace baseline must exist; for a first run without one, leave baseline out and set missing_baseline)`
        );
      }
      return {
        info: { source: "file", path: spec.path },
        metrics: loadMetrics(full, spec.path, options.workspace, readOptions)
      };
    }
    case "base-branch": {
      const read = options.provider?.readAtBase;
      if (!read)
        throw new Error("a base_branch baseline needs a pull request (or a base ref) to read from");
      const got = await read(spec.path);
      return fetched(
        got,
        "base-branch",
        spec.path,
        (g) => `${spec.path} at ${g.info.sha ?? g.info.ref ?? "base"}`,
        readOptions
      );
    }
    case "artifact": {
      const read = options.provider?.readFromArtifact;
      if (!read)
        throw new Error(
          "an artifact baseline needs access to the GitHub API (the action, with a token)"
        );
      const got = await read(spec);
      return fetched(
        got,
        "artifact",
        spec.path,
        (g) => `${spec.path} in artifact ${g.info.artifact ?? spec.name} of run ${g.info.runId ?? "?"}`,
        readOptions,
        { workflow: spec.workflow, artifact: spec.name }
      );
    }
  }
}
function fetched(got, source, path, displayName, read, extra = {}) {
  if ("missing" in got) {
    return { info: { source: "none", path, ...extra, ...got.info, note: got.note } };
  }
  const info = { source, path, ...extra, ...got.info };
  return {
    info,
    metrics: parseMetrics(got.content, displayName(got), detectFormat(path), read)
  };
}

function check(p) {
  for (const [i, v] of p.entries()) {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`p-value #${i} must be in [0, 1], got ${v}`);
  }
}
function ascendingOrder(p) {
  return p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
}
function holm(p) {
  check(p);
  const m = p.length;
  const out = new Array(m);
  let running = 0;
  ascendingOrder(p).forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[idx]));
    out[idx] = running;
  });
  return out;
}

export { MetricFileError as M, scalarProblem as a, baselineSpec as b, childAt as c, metricKey as d, formatProblem as f, holm as h, joinName as j, loadMetrics as l, metricLabel as m, resolveBaseline as r, splitName as s };
