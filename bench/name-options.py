#!/usr/bin/env python3
"""Lists the independent bundled styles that set an inheritable name option on <style>, <citation> or
<bibliography> (CSL 1.0.2: every name option, and name-form, name-delimiter, names-delimiter).

    python3 bench/name-options.py [/tmp/allcsl] [--styles OPTION]   (counts; or the styles setting OPTION, one a line)
"""
import collections, glob, os, re, sys

OPTIONS = ['and', 'delimiter-precedes-et-al', 'delimiter-precedes-last', 'et-al-min', 'et-al-use-first',
           'et-al-use-last', 'et-al-subsequent-min', 'et-al-subsequent-use-first', 'initialize', 'initialize-with',
           'name-as-sort-order', 'sort-separator', 'name-form', 'name-delimiter', 'names-delimiter']


def main():
    args = sys.argv[1:]
    root = args[0] if args and not args[0].startswith('--') else '/tmp/allcsl'
    only = args[args.index('--styles') + 1] if '--styles' in args else None
    found = collections.defaultdict(set)
    for path in sorted(glob.glob(os.path.join(root, '*.csl'))):
        xml = open(path, encoding='utf-8').read()
        style = os.path.basename(path)[:-4]
        for element in ('style', 'citation', 'bibliography'):
            tag = re.search(r'<%s\b[^>]*>' % element, xml)
            for option in OPTIONS if tag else []:
                if re.search(r'(?<![\w-])%s="' % re.escape(option), tag.group()):
                    found[option].add((style, element))
    if only:
        print('\n'.join(sorted({s for s, _ in found[only]})))
        return
    for option in OPTIONS:
        by = collections.Counter(e for _, e in found[option])
        print('%-28s %4d styles  %s' % (option, len({s for s, _ in found[option]}),
                                       ', '.join('%s %d' % kv for kv in sorted(by.items()))))


if __name__ == '__main__':
    main()
