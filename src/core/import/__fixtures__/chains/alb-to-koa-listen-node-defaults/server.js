const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa({ proxy: true });
const router = new Router({ prefix: '/api' });

router.get('/items', async (ctx) => {
  ctx.body = await ctx.state.repo.list();
});

app.use(router.routes());
app.listen(Number(process.env.PORT || 3000), () => {
  console.log('api listening');
});
