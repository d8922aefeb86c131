import { describe, expect, it } from 'vitest';
import { codeWins } from './customizer-merge';

const customizer = (body: string, head = '') => `${head}
public class Tuning implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        ${body}
    }
}`;

describe('codeWins (which of customizer code and properties Tomcat ends with)', () => {
  it('is the code for a connector customizer added by a WebServerFactoryCustomizer', () => {
    expect(codeWins(customizer('factory.addConnectorCustomizers(c -> {});'))).toBe(true);
  });

  it('is the properties for a protocol handler customizer, which runs before any connector one', () => {
    expect(codeWins(customizer('factory.addProtocolHandlerCustomizers(h -> {});'))).toBe(false);
  });

  it('is the properties for a WebServerFactoryCustomizer ordered before Spring Boot’s own', () => {
    const body = 'factory.addConnectorCustomizers(c -> {});';
    expect(codeWins(customizer(body, '@Order(Ordered.HIGHEST_PRECEDENCE)'))).toBe(false);
    expect(codeWins(customizer(body, '@Order(-10)'))).toBe(false);
  });

  it('is the properties for a TomcatConnectorCustomizer bean (added when the factory is made)', () => {
    const bean = `public class KeepAlive implements TomcatConnectorCustomizer {
    public void customize(Connector connector) { }
}`;
    expect(codeWins(bean)).toBe(false);
  });
});
