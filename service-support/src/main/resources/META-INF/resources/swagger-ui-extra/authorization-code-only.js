// Swagger UI's "Authorize" as the district's apps sign in: the authorization code flow with PKCE, as the realm's
// public client. Swagger UI builds its flows from the provider's discovery document, whose grant_types_supported
// lists what the provider can do for any client (Keycloak lists implicit, password, client credentials) or, when
// absent, defaults to code and implicit; this plugin keeps the code flow alone. The public client has no secret,
// so its field is hidden too (Swagger UI shows one for every code flow).
'use strict';

window.AuthorizationCodeOnly = function () {
  var style = document.createElement('style');
  style.textContent = '.auth-container .wrapper:has(> label[for^="client_secret_"]) { display: none; }';
  document.head.appendChild(style);
  // A flow read from discovery is named by its grant type (authorization_code); one written in the document by
  // OpenAPI's name (authorizationCode).
  var codeFlows = ['authorization_code', 'authorizationCode'];
  var codeFlowOnly = function (definitions) {
    return definitions.filter(function (definition) {
      return definition.get('type') !== 'oauth2' || codeFlows.indexOf(definition.get('flow')) >= 0;
    });
  };
  return {
    statePlugins: {
      auth: {
        wrapSelectors: {
          definitionsToAuthorize: function (original) {
            return function () {
              var all = original.apply(null, arguments);
              return all && all.map ? all.map(codeFlowOnly).filter(function (d) { return d.size > 0; }) : all;
            };
          }
        }
      }
    }
  };
};
