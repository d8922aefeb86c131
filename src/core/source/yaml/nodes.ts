/**
 * The node types of the documents `parseYamlDocuments` returns, for readers that walk them
 * (Spring, chain files). Formats import YAML only through `src/core/source/yaml`.
 */
export {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node as YamlNode,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
