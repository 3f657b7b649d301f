import { OAuth2Server } from 'oauth2-mock-server';
const s = new OAuth2Server(); await s.issuer.keys.generate('RS256'); await s.start(8792, '127.0.0.1'); console.log('up');
