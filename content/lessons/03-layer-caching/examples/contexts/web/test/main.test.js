test('the shop greets', () => {
  expect('Welcome to the shop').toMatch(/shop/);
});
