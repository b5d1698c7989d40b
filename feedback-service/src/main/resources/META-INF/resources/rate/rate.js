// The rating page: the appeal and the token are after the # of the link (no server ever sees or logs them until the
// rating is posted, in the body), the answer's words come from the server in the page's language.
(function () {
  const body = document.body;
  const form = document.getElementById('rating');
  const result = document.getElementById('result');
  const [appealId, token] = decodeURIComponent(location.hash.slice(1)).split('/');
  if (!appealId || !token) {
    form.hidden = true;
    result.textContent = body.dataset.noLink;
    return;
  }
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const answer = await fetch('/api/v1/appeals/' + encodeURIComponent(appealId) + '/rating-by-link', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept-Language': body.dataset.lang},
      body: JSON.stringify({token, satisfaction: Number(data.get('satisfaction')),
        resolved: data.get('resolved') === 'true', comment: data.get('comment') || null})
    });
    if (answer.ok) {
      form.hidden = true;
      result.className = 'done';
      result.textContent = body.dataset.thanks;
    } else {
      const problem = await answer.json().catch(() => ({}));
      result.className = 'refused';
      result.textContent = problem.detail || problem.title || ('HTTP ' + answer.status);
    }
  });
})();
