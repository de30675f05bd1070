#!/usr/bin/env python3
"""Expected validate answers for the real-world corpus, computed independently of modelgate.

Run once from the repository root after `npm ci` (it reads the files from node_modules):
    python3 test/real-world/expected.py > test/real-world/expected.json
It uses Python's jsonschema (4.x, Draft202012Validator / Draft7Validator with its FormatChecker).
An Arrow file is read from its JSON twin in the same package (the same rows in the same order,
checked by arrow-twin.test.ts), with the Float32 column rounded to float32 as the Arrow file
stores it; its locations are rows (1-based), not lines.
CSV cells are typed from their column's schema by the rules documented in docs/validate.md
("Typing CSV cells"), implemented here from that table, not from modelgate's code.
"""
import csv, hashlib, json, re, struct, sys
from urllib.parse import quote
from pathlib import Path
import jsonschema
from importlib.metadata import version

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
NUMBER = re.compile(r'^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$')
BOOLEANS = {'true': True, 'false': False, 'True': True, 'False': False, 'TRUE': True, 'FALSE': False}
TYPE_OF = {type(None): 'null', bool: 'boolean', int: 'integer', float: 'number', str: 'string'}


def column_types(prop):
    t = prop.get('type')
    allowed = set([t] if isinstance(t, str) else (t or []))
    for v in prop.get('enum', []) + ([prop['const']] if 'const' in prop else []):
        allowed.add(TYPE_OF[type(v)])
    return allowed


def cast(cell, allowed):
    if not allowed:
        return cell
    if cell == '' and 'null' in allowed:
        return None
    if 'boolean' in allowed and cell in BOOLEANS:
        return BOOLEANS[cell]
    if allowed & {'number', 'integer'} and NUMBER.match(cell):
        if re.match(r'^[+-]?\d+$', cell):
            return int(cell)
        return float(cell)
    return cell


def schema_path(error):
    """The schema location as a URI fragment (RFC 6901 pointer, percent-encoded like encodeURIComponent)."""
    tokens = (str(t).replace('~', '~0').replace('/', '~1') for t in error.absolute_schema_path)
    return '#/' + '/'.join(quote(t, safe="-_.!~*'()") for t in tokens)


def json_records(text):
    """(line, value) of each element of a top-level array, or of the whole document."""
    dec = json.JSONDecoder()
    i = len(text) - len(text.lstrip())
    if text[i] != '[':
        return [(text.count('\n', 0, i) + 1, json.loads(text))]
    out, i = [], i + 1
    while True:
        while text[i] in ' \t\r\n,':
            i += 1
        if text[i] == ']':
            return out
        value, end = dec.raw_decode(text, i)
        out.append((text.count('\n', 0, i) + 1, value))
        i = end


def arrow_records(path, float32):
    """(row, record) from the file's JSON twin, float32 columns rounded as the Arrow file holds them."""
    rows = json.loads(path.with_suffix('.json').read_text(encoding='utf-8'))
    for i, row in enumerate(rows):
        for k in float32:
            if isinstance(row.get(k), float) or isinstance(row.get(k), int):
                row[k] = struct.unpack('<f', struct.pack('<f', row[k]))[0]
        yield i + 1, row


def csv_records(path, schema, delimiter):
    props = schema.get('properties', {})
    with open(path, newline='', encoding='utf-8-sig') as f:
        reader = csv.reader(f, delimiter=delimiter)
        header = next(reader)
        types = [column_types(props.get(h, {})) for h in header]
        start = reader.line_num + 1
        for row in reader:
            if row:
                yield start, {h: cast(c, t) for h, c, t in zip(header, row, types)}
            start = reader.line_num + 1


def expected(case):
    path = ROOT / 'node_modules' / case['package'] / case['file']
    schema = json.loads((HERE / 'schemas' / case['schema']).read_text())
    cls = jsonschema.validators.validator_for(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    if path.suffix == '.arrow':
        records = arrow_records(path, case.get('float32', []))
    elif path.suffix == '.json':
        records = json_records(path.read_text(encoding='utf-8-sig'))
    else:
        records = csv_records(path, schema, '\t' if path.suffix == '.tsv' else ',')
    rows = invalid = 0
    groups, first = {}, None
    for index, (line, record) in enumerate(records):
        rows += 1
        errors = list(validator.iter_errors(record))
        if not errors:
            continue
        invalid += 1
        first = first or {'line': line, 'record': index}
        for key in sorted({schema_path(e) + '|' + e.validator for e in errors}):
            g = groups.setdefault(key, {'records': 0, 'first': {'line': line, 'record': index}})
            g['records'] += 1
    return {
        'sha256': hashlib.sha256(path.read_bytes()).hexdigest(),
        'rows': rows, 'invalidRows': invalid, 'firstInvalid': first, 'groups': groups,
    }


def main():
    cases = json.loads((HERE / 'cases.json').read_text())['cases']
    out = {'computedBy': f'test/real-world/expected.py with Python jsonschema {version("jsonschema")}',
           'packages': {}, 'cases': {}}
    for case in cases:
        pkg = json.loads((ROOT / 'node_modules' / case['package'] / 'package.json').read_text())
        out['packages'][case['package']] = pkg['version']
        out['cases'][case['id']] = expected(case)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write('\n')


main()
