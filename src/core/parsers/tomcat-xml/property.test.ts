import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { tomcatXmlParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  '<Connector ',
  '<Connector port="8080" ',
  'keepAliveTimeout="',
  "connectionTimeout='",
  'maxKeepAliveRequests="-1"',
  ' protocol="AJP/1.3"',
  '/>',
  '>',
  '</Connector>',
  '<Service name="S">',
  '</Service>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml ?>',
  '<!DOCTYPE [',
  '"',
  "'",
  '=',
  '${p}',
  '&amp;',
  '&#x36;',
  '<UpgradeProtocol keepAliveTimeout="1"/>',
  '\n',
  '\r\n',
];

testParserProperties({
  parser: tomcatXmlParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['server.xml', 'pasted-1'],
  codePattern: /^TOMCAT_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated server.xml files never throw',
    random: 'random XML-like text never throws',
  },
});
