import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ trustProxy: true, keepAliveTimeout: 90_000 }),
  );
  app.enableShutdownHooks();
  await app.listen(3000, '0.0.0.0');
}
bootstrap();
