import type { ExtractedNode, SourceFile } from '../types';

/*
 * One Spring Boot app given as its application.yml/.properties and its Tomcat customizer code is
 * one Tomcat: the code's connector settings join the properties' node. Which wins where both set a
 * value follows when each runs (Spring Boot ServletWebServerFactoryConfiguration and
 * WebServerFactoryCustomizerBeanPostProcessor): TomcatConnectorCustomizer /
 * TomcatProtocolHandlerCustomizer beans are added to the factory when it is created, before the
 * properties' customizer (TomcatWebServerFactoryCustomizer, order 0) adds its own, so the
 * properties win; a WebServerFactoryCustomizer bean (lowest precedence unless ordered first) runs
 * after it, so the connector customizers it adds run later and win. Protocol handler customizers
 * (`addProtocolHandlerCustomizers`, TomcatProtocolHandlerCustomizer beans) all run before any
 * connector customizer (TomcatServletWebServerFactory.customizeConnector): the properties win
 * over them wherever they are added.
 */

const TECH = 'spring-boot-tomcat';
const APP_CONFIG = /(?:^|[\\/])(?:application|bootstrap)(?:-[\w.-]+)?\.(?:ya?ml|properties)$/i;

/** The application config files among `files`. */
export const appConfigs = (files: readonly SourceFile[]) =>
  files.filter((f) => APP_CONFIG.test(f.name));

/**
 * Whether the customizer code's values replace the properties': a WebServerFactoryCustomizer that
 * adds connector customizers, not ordered before Spring Boot's own (order 0).
 */
export const codeWins = (code: string) =>
  /\bWebServerFactoryCustomizer\b/.test(code) &&
  /\baddConnectorCustomizers\s*\(/.test(code) &&
  !/\bHIGHEST_PRECEDENCE\b|@Order\s*\(\s*-/.test(code);

/** The properties' Tomcat nodes with the customizers' settings merged in. */
export function mergeCustomizers(
  nodes: ExtractedNode[],
  customizers: readonly { text: string; nodes: ExtractedNode[] }[],
): ExtractedNode[] {
  if (customizers.length === 0 || !nodes.some((n) => n.tech === TECH)) return nodes;
  return nodes.map((n) => {
    if (n.tech !== TECH) return n;
    let settings = n.settings;
    for (const c of customizers)
      for (const code of c.nodes.filter((x) => x.tech === TECH))
        settings = codeWins(c.text)
          ? { ...settings, ...code.settings }
          : { ...code.settings, ...settings };
    return { ...n, settings };
  });
}
