import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/config-error.js';
import { loadConfig } from '../src/config/load-config.js';

describe('loadConfig', () => {
  it('has working defaults for a first `pnpm start`', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:4000',
      databaseUrl: undefined,
      dataDir: './.iamgate',
      partition: 'iamgate',
      rootEmail: 'root@iamgate.local',
      rootPassword: undefined,
      tokens: {
        issuer: 'http://localhost:4000',
        audience: 'iamgate',
        sessionSeconds: 3600,
        algorithm: 'EdDSA',
      },
      corsOrigins: [],
      introspection: true,
      trustProxy: false,
    });
    expect(config.limits.maxBatch).toBe(10);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      IAMGATE_PUBLIC_URL: 'https://iam.example.com/',
      DATABASE_URL: 'postgres://iam@db:5432/iam',
      IAMGATE_SECRET_KEY: 'a'.repeat(64),
      IAMGATE_PARTITION: 'acme',
      IAMGATE_SIGNING_ALGORITHM: 'ES256',
      IAMGATE_CORS_ORIGINS: 'https://a.example.com, https://b.example.com',
      IAMGATE_INTROSPECTION: 'off',
      IAMGATE_MAX_DEPTH: '8',
      IAMGATE_MAX_SELECTIONS: '500',
    });
    expect(config).toMatchObject({
      port: 8080,
      publicUrl: 'https://iam.example.com',
      partition: 'acme',
      corsOrigins: ['https://a.example.com', 'https://b.example.com'],
      introspection: false,
      tokens: { issuer: 'https://iam.example.com', algorithm: 'ES256' },
      limits: { maxDepth: 8, maxSelections: 500 },
    });
  });

  it('reports every problem at once, by variable', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        IAMGATE_PARTITION: 'AWS',
        IAMGATE_ROOT_PASSWORD: 'short',
        DATABASE_URL: 'mysql://x',
        IAMGATE_INTROSPECTION: 'maybe',
        IAMGATE_SESSION_SECONDS: '60',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues;
    expect((error as ConfigError).code).toBe('InvalidConfiguration');
    expect(issues.map((i) => i.variable).sort()).toEqual([
      'DATABASE_URL',
      'IAMGATE_INTROSPECTION',
      'IAMGATE_PARTITION',
      'IAMGATE_ROOT_PASSWORD',
      'IAMGATE_SECRET_KEY',
      'IAMGATE_SESSION_SECONDS',
      'PORT',
    ]);
    expect(issues.find((i) => i.variable === 'PORT')?.message).toBe(
      'must be an integer between 0 and 65535, got `eighty`',
    );
  });

  it('leaves metrics and tracing off unless asked, and checks their variables', () => {
    expect(loadConfig({})).toMatchObject({
      metrics: { enabled: false, token: undefined },
      tracing: {
        enabled: false,
        endpoint: 'http://localhost:4318/v1/traces',
        serviceName: 'iamgate-gateway',
      },
    });
    expect(loadConfig({ IAMGATE_METRICS: 'true', IAMGATE_METRICS_TOKEN: 'x'.repeat(16) }).metrics).toEqual({
      enabled: true,
      token: 'x'.repeat(16),
    });
    // Naming a collector turns tracing on; the traces path is added to a base endpoint, as the OTLP spec says.
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toMatchObject({
      enabled: true,
      endpoint: 'http://collector:4318/v1/traces',
    });
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://otel.example.com/traces',
        IAMGATE_TRACING: 'false',
      }).tracing,
    ).toMatchObject({ enabled: false, endpoint: 'https://otel.example.com/traces' });
    let error: unknown;
    try {
      loadConfig({
        IAMGATE_METRICS: 'sometimes',
        IAMGATE_METRICS_TOKEN: 'short',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector:4317',
      });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).issues.map((i) => i.variable).sort()).toEqual([
      'IAMGATE_METRICS',
      'IAMGATE_METRICS_TOKEN',
      'IAMGATE_METRICS_TOKEN',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
    ]);
  });

  it('requires a shared secret key with Postgres, where several instances share the signing keys', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/iam' })).toThrow(
      /IAMGATE_SECRET_KEY: is required/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/iam', IAMGATE_SECRET_KEY: 'too-short' })).toThrow(
      /32 bytes/,
    );
  });
});
