/**
 * A certificate for a key pair the JWT bearer flow never signs with (RSA 2048, self-signed, CN=Another key
 * pair, valid 100 years): put on the app, it makes the flow's correctly signed assertion fail to verify.
 */
export const OTHER_CERTIFICATE_PEM = [
  '-----BEGIN CERTIFICATE-----',
  'MIIDNzCCAh+gAwIBAgIUaXyN0PG4YfGO6JXCQErCtcUgDDIwDQYJKoZIhvcNAQEL',
  'BQAwKjENMAsGA1UECgwEQWNtZTEZMBcGA1UEAwwQQW5vdGhlciBrZXkgcGFpcjAg',
  'Fw0yNjEyMDIwNTIwNTVaGA8yMTI2MTEwODA1MjA1NVowKjENMAsGA1UECgwEQWNt',
  'ZTEZMBcGA1UEAwwQQW5vdGhlciBrZXkgcGFpcjCCASIwDQYJKoZIhvcNAQEBBQAD',
  'ggEPADCCAQoCggEBAMeK+duHrXCnQ2YWieJkFavdLHu3/lx2ZcUFwq1yRVJvpEMX',
  'Cq9Qpvo3J0X5EprNiywvyjpTeX/tTsRGs7AGr+CBYcoRGD/545odPJA/kTjoLOxx',
  'lMAu5rCZZdj5gNSQFDHSKd/cHQRPbCyQXOjZTwRjvKSoox+MsY1iTEdMX3FAi/tk',
  'V28c6UH+ImBlhmwhJQBHudvXAsVIU4iGoAUBcCXUP7TsxPH4tHA8sW0C/a5W+Uhz',
  'LL3xoV039XliCeo1bMIf5u7wcDEhg/H2M7PY2Nx68yJcdf9v3oERidq+legpSp2m',
  'VRbeGaGH5U/WbGZBTYE9/qd9jaJ4ZRqZKQT99+0CAwEAAaNTMFEwHQYDVR0OBBYE',
  'FCbsvUzu7gOf+BxJvHiPXDVNs0uiMB8GA1UdIwQYMBaAFCbsvUzu7gOf+BxJvHiP',
  'XDVNs0uiMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQADggEBAMAKZbeZ',
  'Wlpvme9KZrmyzuiEUFejtQUVokwMvN4EqlNKB7qGAFoP7ROzz71YOb9sZ3GlFYv+',
  '03fjJCqo0uhk5seWpbpwgQVgcRk1Snv02NNRLGey5BksCwDR+h4UGfn3ynqUZn7v',
  '6oPDk2vEkX2bOXD31Krjg3FsljqauncvjhNadHwICerx8NQF50AA1hyCHaET48UC',
  'irPLB7vPPPgyT/07ZmFtfX0XfzggelAkdiO4azwnL8y8QsUk+PNdtSObfp3Dqw2d',
  'f+ij4MCXsE1va7peyd8VcG8CI1ILTYPnfrgV4+vLLEbD1cOWIbgwpRcquCUdMb0K',
  'nvZk6m61ohhLQRc=',
  '-----END CERTIFICATE-----',
].join('\n');
