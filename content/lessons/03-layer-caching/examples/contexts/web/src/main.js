document.querySelector('#app').textContent = 'Welcome to the shop';
